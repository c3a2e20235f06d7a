package kg.tereze.payments;

import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import kg.tereze.support.TestUsers;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A cashier's day in the browser: open the shift, find a payer by name, take cash, print, count and close. */
class CashDeskJourneyIT extends BrowserJourney {

	@Test
	void aCashierTakesCashAndClosesTheShiftWithACount() {
		TestUsers.Created cashier = TestUsers.create(port, "karool.admin", "CASHIER");
		Page page = browser.newTabletPage();
		page.navigate(url("/login?lang=ky"));
		page.fill("#username", cashier.username());
		page.fill("#password", TestUsers.PASSWORD);
		page.click("button[type=submit]");
		page.click("a.tz-nav-link[href='/cash']");
		page.fill("#openingFloat", "500");
		page.click("#open-shift button[type=submit]");

		page.fill("#q", "уулу");
		page.click("#find-account button[type=submit]");
		assertThat(page.locator("#found tbody tr")).not().hasCount(0);
		page.click("#found tbody tr >> nth=0 >> a");
		assertThat(page.locator("#pay-form")).isVisible();
		page.fill("#amount", "0");
		page.fill("#payerName", "Асель");
		page.click("#pay-form button[type=submit]");
		assertThat(page.locator("#desk-error")).containsText("нөлдөн чоң");
		assertThat(page.locator("#payerName")).hasValue("Асель");
		page.fill("#amount", "250");
		Browser.screenshot(page, "cash-desk-ky");
		page.click("#pay-form button[type=submit]");
		assertThat(page.locator("#taken")).containsText("KAR-");
		assertThat(page.locator("#print-80")).hasAttribute("href", java.util.regex.Pattern.compile("/pdf$"));
		Browser.screenshot(page, "cash-receipt-ky");

		page.click("#next-payer");
		assertThat(page.locator("#shift-count")).hasText("1");
		page.fill("#counted", "740");
		page.click("#close-shift button[type=submit]");
		assertThat(page.locator("#desk-error")).isVisible();
		assertThat(page.locator("#counted")).hasValue("740");
		page.fill("#note", "10 сом майда акча жетишпейт");
		page.click("#close-shift button[type=submit]");
		assertThat(page.locator("#difference")).containsText("-10,00");
		Browser.screenshot(page, "cash-closed-ky");
		assertThat(page.url()).endsWith("/cash/shift/close");
	}
}
