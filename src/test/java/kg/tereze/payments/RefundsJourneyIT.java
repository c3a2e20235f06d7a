package kg.tereze.payments;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import kg.tereze.support.Api;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import kg.tereze.support.TestUsers;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An overpayment given back: the accountant authorises from the account's page, the cashier pays out at the desk. */
class RefundsJourneyIT extends BrowserJourney {

	@Test
	void theAccountantAuthorisesAndTheCashierPaysOut() {
		Api accountantApi = new Api(port, Api.demoToken("karool.accountant"));
		String number = accountantApi.post("/api/v1/accounts", """
				{"holderKind": "ORGANISATION", "category": "BUSINESS", "holderName": "Мырза-Арык дүкөнү",
				 "address": "Борбордук, 3", "openedOn": "%s"}""".formatted(LocalDate.now(ZoneId.of("Asia/Bishkek"))))
			.json().get("number").asString();

		TestUsers.Created cashier = TestUsers.create(port, "karool.admin", "CASHIER");
		Page desk = browser.newTabletPage();
		desk.navigate(url("/login?lang=ky"));
		desk.fill("#username", cashier.username());
		desk.fill("#password", TestUsers.PASSWORD);
		desk.click("button[type=submit]");
		desk.navigate(url("/cash"));
		desk.fill("#openingFloat", "1000");
		desk.click("#open-shift button[type=submit]");
		desk.navigate(url("/cash?account=" + number));
		desk.fill("#amount", "800");
		desk.click("#pay-form button[type=submit]");
		assertThat(desk.locator("#taken")).isVisible();

		Page office = signIn("karool.accountant", "ru");
		office.navigate(url("/accounts/" + number));
		office.click("#refund-credit");
		assertThat(office.locator("#account")).hasValue(number);
		assertThat(office.locator("#amount")).hasValue("800.00");
		office.fill("#amount", "900");
		office.fill("#basis", "Заявление № 7 от 24.11.2026");
		office.fill("#reason", "Оплачено дважды");
		office.click("#authorise");
		assertThat(office.locator("#refund-error")).containsText("800,00");
		assertThat(office.locator("#basis")).hasValue("Заявление № 7 от 24.11.2026");
		office.fill("#amount", "750");
		Browser.screenshot(office, "refund-authorise-ru");
		office.click("#authorise");
		assertThat(office.locator("#refund-status")).hasText("Ждёт выдачи");
		String refund = office.locator("h1").innerText().replaceAll(".* ", "");

		desk.navigate(url("/cash"));
		assertThat(desk.locator("#waiting-refunds")).containsText(refund);
		desk.click("#waiting-refunds a");
		desk.fill("#recipientDocument", "ID 2233445");
		Browser.screenshot(desk, "refund-payout-ky");
		desk.click("#pay-out");
		assertThat(desk.locator("#refund-status")).hasText("Берилди");
		assertThat(desk.locator("#print-80")).isVisible();
		Browser.keep(desk.request().get(url("/refunds/" + refund + "/pdf?format=A4")).body(), "refund-voucher-a4");
		desk.navigate(url("/cash"));
		assertThat(desk.locator("#shift-paid-out")).containsText("750,00");
		Browser.screenshot(desk, "refund-desk-after-ky");

		office.navigate(url("/refunds?status=PAID"));
		assertThat(office.locator("#refunds")).containsText(refund);
		Browser.screenshot(office, "refunds-list-ru");
	}
}
