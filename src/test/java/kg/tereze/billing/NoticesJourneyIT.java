package kg.tereze.billing;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The field controller prepares last month's notices of a village, leaves the page, comes back and downloads them. */
class NoticesJourneyIT extends BrowserJourney {

	@Test
	void theControllerPreparesTheNoticesOfAVillage() {
		Page page = signIn("karool.controller", "ru");
		page.click("a.tz-nav-link[href='/billing/notices']");
		page.selectOption("#village", page.locator("#village option >> nth=1").getAttribute("value"));
		page.fill("#month", "2999-01");
		page.click("#notices-form button[type=submit]");
		assertThat(page.locator("#notices-error")).containsText("не начался");
		assertThat(page.locator("#month")).hasValue("2999-01");
		page.fill("#month", java.time.YearMonth.now(java.time.ZoneId.of("Asia/Bishkek")).minusMonths(1).toString());
		page.click("#notices-form button[type=submit]");
		assertThat(page.locator("#batch")).containsText("Квитанции за");
		Browser.screenshot(page, "notices-progress-ru");
		String batch = page.url();
		page.navigate(url("/"));
		page.navigate(batch);
		assertThat(page.locator("#batch-done")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
		Browser.screenshot(page, "notices-ready-ru");
		Download download = page.waitForDownload(() -> page.evaluate("document.querySelector('#batch-pdf').setAttribute('download', '')"
				+ ", document.querySelector('#batch-pdf').click()"));
		assertThat(download.suggestedFilename()).endsWith(".pdf");
		page.navigate(url("/billing/notices"));
		assertThat(page.locator("#batches tbody tr")).not().hasCount(0);
		Browser.screenshot(page, "notices-list-ru");
	}
}
