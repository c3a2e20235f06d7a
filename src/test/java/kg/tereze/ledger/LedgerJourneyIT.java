package kg.tereze.ledger;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The enterprise accountant finds the debtors, opens an account, charges it, corrects a mistake and exports the list. */
class LedgerJourneyIT extends BrowserJourney {

	@Test
	void theAccountantFindsDebtorsOpensAnAccountChargesAndReverses() {
		Page page = signIn("karool.accountant", "ru");
		page.click("a.tz-nav-link[href='/accounts']");
		page.selectOption("#f-sort", "DEBT");
		page.fill("#f-min", "1000");
		page.click("#accounts-filter button[type=submit]");
		assertThat(page.locator("#accounts tbody tr")).not().hasCount(0);
		Browser.screenshot(page, "ledger-debtors-ru");
		Download xlsx = page.waitForDownload(() -> page.click("#export"));
		assertThat(xlsx.suggestedFilename()).isEqualTo("accounts.xlsx");

		page.click("#accounts tbody tr >> nth=0 >> a");
		assertThat(page.locator("#ageing")).containsText("Более 180 дней");
		Browser.screenshot(page, "ledger-account-debtor-ru");

		page.navigate(url("/accounts/new"));
		page.selectOption("#enterprise", page.locator("#enterprise option >> nth=1").getAttribute("value"));
		page.selectOption("#holderKind", "ORGANISATION");
		page.selectOption("#category", "BUDGET");
		page.fill("#address", "Ленин көчөсү, 5");
		page.fill("#phone", "12");
		page.fill("#holderName", "Кароол айылдык ФАП");
		page.click("#account-form button[type=submit]");
		assertThat(page.locator("#form-error")).isVisible();
		assertThat(page.locator("#form-error")).containsText("телефон");
		assertThat(page.locator("#address")).hasValue("Ленин көчөсү, 5");
		assertThat(page.locator("#holderName")).hasValue("Кароол айылдык ФАП");
		page.fill("#phone", "+996 555 123 456");
		page.click("#account-form button[type=submit]");
		assertThat(page.locator("#account-number")).hasText(java.util.regex.Pattern.compile("\\d{8}"));

		page.fill("#amount", "1500,555");
		page.fill("#memo", "Туташтыруу акысы");
		page.click("#entry-form button[type=submit]");
		assertThat(page.locator("#entry-error")).containsText("двух знаков");
		assertThat(page.locator("#memo")).hasValue("Туташтыруу акысы");
		page.fill("#amount", "1500");
		page.click("#entry-form button[type=submit]");
		assertThat(page.locator("#balance")).containsText("1\u00a0500,00");

		page.click("#statement details summary");
		page.fill("#statement details input[name=reason]", "Ошибочно начислено");
		page.click("#statement details button[type=submit]");
		assertThat(page.locator("#balance")).containsText("0,00");
		assertThat(page.locator("#statement")).containsText("Сторно");
		Browser.screenshot(page, "ledger-account-reversed-ru");

		page.navigate(url("/accounts"));
		page.click("#periods");
		assertThat(page.locator("main")).containsText("Закрытые месяцы");
		Browser.screenshot(page, "ledger-periods-ru");
	}

	@Test
	void theCashierFindsAnAccountByAHolderTypedInLatin() {
		Page page = signIn("karool.cashier", "ky");
		page.navigate(url("/accounts"));
		String holder = page.locator("#accounts tbody tr >> nth=0 >> td >> nth=1").textContent();
		String surname = holder.split(" ")[0];
		page.fill("#f-q", kg.tereze.shared.Latin.of(surname).toLowerCase());
		page.click("#accounts-filter button[type=submit]");
		assertThat(page.locator("#accounts")).containsText(surname);
		assertThat(page.locator("#open-account")).hasCount(0);
		page.click("#accounts tbody tr >> nth=0 >> a");
		assertThat(page.locator("#entry-form")).hasCount(0);
		Browser.screenshot(page, "ledger-account-cashier-ky");
	}
}
