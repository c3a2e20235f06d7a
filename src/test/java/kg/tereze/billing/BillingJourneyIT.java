package kg.tereze.billing;

import java.time.YearMonth;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The water enterprise's accountant sets a new price, previews the month, bills it, and corrects the persons of one account. */
class BillingJourneyIT extends BrowserJourney {

	@Test
	void theAccountantPricesPreviewsAndBillsTheMonth() {
		Page page = signIn("karool.accountant", "ru");
		page.click("a.tz-nav-link[href='/billing']");
		assertThat(page.locator("#service-WATER_TAP")).containsText("Питьевая вода (кран во дворе)");
		assertThat(page.locator("#service-WATER_TAP tr.table-primary")).containsText("30,00");
		Browser.screenshot(page, "billing-catalog-ru");

		String next = YearMonth.now(ZoneId.of("Asia/Bishkek")).plusMonths(1).atDay(1).toString();
		page.click("#service-WATER_STANDPIPE details summary");
		page.fill("#price-WATER_STANDPIPE", "14,555");
		page.fill("#from-WATER_STANDPIPE", next);
		page.click("#tariff-form-WATER_STANDPIPE button[type=submit]");
		assertThat(page.locator("#tariff-form-WATER_STANDPIPE")).containsText("двух знаков");
		assertThat(page.locator("#from-WATER_STANDPIPE")).hasValue(next);
		page.fill("#price-WATER_STANDPIPE", "14");
		page.click("#tariff-form-WATER_STANDPIPE button[type=submit]");
		assertThat(page.locator("#service-WATER_STANDPIPE")).containsText("14,00");

		page.click("text=Начисления за месяц");
		page.click("#preview");
		assertThat(page.locator("#run-done")).containsText("Пока ничего не записано");
		assertThat(page.locator("#by-service")).containsText("Питьевая вода (уличная колонка)");
		assertThat(page.locator("#by-village tbody tr")).not().hasCount(0);
		assertThat(page.locator("svg.tz-bars rect")).not().hasCount(0);
		Browser.screenshot(page, "billing-preview-ru");

		page.click("#commit-form button");
		assertThat(page.locator("#run-done")).containsText("Начислено");
		Browser.screenshot(page, "billing-committed-ru");
		page.click("text=← Начисления за месяц");
		assertThat(page.locator("#runs tbody tr >> nth=0")).containsText("начисление");

		page.navigate(url("/accounts"));
		page.click("#accounts tbody tr >> nth=0 >> a");
		page.click("#services-link");
		assertThat(page.locator("#registered")).isVisible();
		page.locator("details:has(form[id^=persons-form]) summary").first().click();
		page.locator("form[id^=persons-form] input[name=persons]").first().fill("2");
		page.locator("form[id^=persons-form] button").first().click();
		assertThat(page.locator("#subscription-error")).containsText("почему");
		page.locator("form[id^=persons-form] input[name=reason]").first().fill("Сын служит в армии");
		page.locator("form[id^=persons-form] button").first().click();
		assertThat(page.locator("main")).containsText("Начисляется на 2 чел. вместо книги");
		Browser.screenshot(page, "billing-account-ru");
	}

	@Test
	void theWasteEnterpriseAccountantSeesOnlyItsBookInKyrgyz() {
		Page page = signIn("tazalyk.accountant", "ky");
		page.navigate(url("/billing"));
		assertThat(page.locator("#book-choice")).hasCount(0);
		assertThat(page.locator("#service-WASTE")).containsText("Таштанды чыгаруу");
		page.navigate(url("/billing/runs"));
		assertThat(page.locator("#runs tbody tr")).not().hasCount(0);
		Browser.screenshot(page, "billing-runs-ky");
	}
}
