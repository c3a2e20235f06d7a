package kg.tereze.ledger;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The head of the municipality compares billed with collected, finds who owes for over 90 days, and exports them. */
class ReportsJourneyIT extends BrowserJourney {

	@Test
	void theHeadComparesBilledWithCollectedAndExportsTheDebtors() {
		Page page = signIn("karool.head", "ru");
		page.click("a.tz-nav-link[href='/reports']");
		assertThat(page.locator("svg.tz-columns rect")).not().hasCount(0);
		assertThat(page.locator("#months tbody tr")).hasCount(12);
		assertThat(page.locator("#villages tbody tr")).not().hasCount(0);
		assertThat(page.locator("#services")).containsText("Питьевая вода");
		Browser.screenshot(page, "reports-dashboard-ru");

		page.click("#debtors-link");
		page.selectOption("#minDays", "31");
		page.click("#debtors-filter button[type=submit]");
		assertThat(page.locator("#debtors tbody tr")).not().hasCount(0);
		Browser.screenshot(page, "reports-debtors-ru");
		page.fill("#minDebt", "много");
		page.click("#debtors-filter button[type=submit]");
		assertThat(page.locator("#debtors-error")).isVisible();
		assertThat(page.locator("#minDebt")).hasValue("много");
		page.fill("#minDebt", "500");
		page.click("#debtors-filter button[type=submit]");
		Download download = page.waitForDownload(() -> page.click("#export"));
		assertThat(download.suggestedFilename()).isEqualTo("debtors.xlsx");

		page.navigate(url("/reports"));
		page.click("#cash-link");
		page.fill("#day", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bishkek")).withDayOfMonth(10).minusMonths(1).toString());
		page.click("#cash-filter button[type=submit]");
		assertThat(page.locator("#cash")).containsText("Терминалы и кошельки");
		Browser.screenshot(page, "reports-cash-ru");
	}
}
