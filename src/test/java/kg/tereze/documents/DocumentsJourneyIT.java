package kg.tereze.documents;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import kg.tereze.support.Api;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The records keeper registers a letter from the district the day it comes, a refused form keeping
 * what was typed, then finds it again by a word typed in Latin, and the card shows its number.
 */
class DocumentsJourneyIT extends BrowserJourney {

	@Test
	void aLetterIsRegisteredAndFoundAgain() {
		Page page = signIn("karool.records", "ru");
		page.click("a[href='/documents']");
		assertThat(page.locator("h1")).hasText("Документы");
		String their = "02-14/" + UUID.randomUUID().toString().substring(0, 5);
		page.selectOption("#journal", "IN");
		page.fill("#correspondent", "Өзгөн районунун мамлекеттик администрациясы");
		page.fill("#theirNumber", their);
		page.fill("#summary", "ab");
		page.click("#document-form button[type=submit]");
		assertThat(page.locator("#document-error")).isVisible();
		assertThat(page.locator("#summary")).hasClass(Pattern.compile(".*is-invalid.*"));
		assertThat(page.locator("#theirNumber")).hasValue(their);
		Browser.screenshot(page, "documents-refused-ru");

		page.fill("#summary", "О подготовке к отопительному сезону: представить план");
		page.click("#document-form button[type=submit]");
		assertThat(page.locator(".alert-success")).containsText("Зарегистрирован");
		String number = page.locator("#number").textContent();
		assertThat(page.locator("#number")).hasText(Pattern.compile("01-12/\\d+"));
		Browser.screenshot(page, "documents-card-ru");

		page.navigate(url("/documents?lang=ky"));
		page.fill("#text", "ozgon otopitelnomu");
		page.click("#documents-filter button[type=submit]");
		assertThat(page.locator("#documents")).containsText(number);
		Browser.screenshot(page, "documents-list-ky");

		Page phone = browser.newPage(390, 844);
		signIn(phone, "karool.records", "ky");
		phone.navigate(url("/documents"));
		assertThat(phone.locator("#document-form")).isVisible();
		Browser.screenshot(phone, "documents-phone-ky");
	}

	@Test
	void theHeadResolvesTheClerkAnswersAndTheRecordsKeeperTakesItOffControl() {
		Api records = new Api(port, Api.demoToken("karool.records"));
		String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bishkek")).toString();
		long appeal = records.post("/api/v1/documents", """
				{"journal": "APPEAL", "receivedOn": "%s", "correspondent": "Токтосунова Бермет", "channel": "DESK",
				 "summary": "Арык тазалоо жөнүндө арыз"}""".formatted(day)).json().get("id").asLong();

		Page head = signIn("karool.head", "ky");
		head.navigate(url("/documents/" + appeal));
		head.click("#resolution-form button[type=submit]");
		assertThat(head.locator("#instruction")).hasClass(Pattern.compile(".*is-invalid.*"));
		head.fill("#instruction", "Арыкты тазалап, арыз ээсине жооп даярдоо");
		head.selectOption("#responsible", new com.microsoft.playwright.options.SelectOption().setLabel("Айгерим Садыкова"));
		head.click("#resolution-form button[type=submit]");
		assertThat(head.locator("#control-state")).hasText("Көзөмөлдө");
		assertThat(head.locator("#assignments")).containsText("Айгерим Садыкова");
		Browser.screenshot(head, "documents-resolved-ky");

		String answer = records.post("/api/v1/documents", """
				{"journal": "OUT", "receivedOn": "%s", "correspondent": "Токтосунова Бермет", "channel": "HAND",
				 "summary": "Арык тазаланды: арызга жооп"}""".formatted(day)).json().get("number").asString();
		Page clerk = browser.newTabletPage();
		signIn(clerk, "karool.clerk", "ru");
		assertThat(clerk.locator("#waiting")).containsText("Ваших поручений");
		Browser.screenshot(clerk, "documents-home-waiting-ru");
		clerk.navigate(url("/documents/mine"));
		com.microsoft.playwright.Locator card = clerk.locator(".tz-card", new Page.LocatorOptions().setHasText("Арык тазалоо"));
		card.locator("input[name=report]").fill("Арык тазаланды, жооп жиберилди");
		card.locator("input[name=answer]").fill(answer);
		Browser.screenshot(clerk, "documents-mine-ru");
		card.locator("form").first().locator("button[type=submit]").click();
		Browser.screenshot(clerk, "documents-reported-ru");
		assertThat(clerk.locator(".alert-success")).isVisible();

		Page keeper = browser.newTabletPage();
		signIn(keeper, "karool.records", "ru");
		keeper.navigate(url("/documents/" + appeal));
		keeper.click("#takeoff-form button[type=submit]");
		assertThat(keeper.locator("#control-state")).hasText("Снят с контроля");
		assertThat(keeper.locator("#answer")).hasText(answer);
		assertThat(keeper.locator("#history")).containsText("Снят с контроля");
		Browser.screenshot(keeper, "documents-taken-off-ru");

		head.navigate(url("/documents/discipline"));
		assertThat(head.locator("#discipline")).containsText("Айгерим Садыкова");
		assertThat(head.locator("svg.tz-bars")).isVisible();
		Browser.screenshot(head, "documents-discipline-ky");
	}

	@Test
	void theAdministratorSetsAJournalsPrefixAndARefusalKeepsWhatWasTyped() {
		Page admin = signIn("karool.admin", "ru");
		admin.navigate(url("/documents/journals"));
		admin.fill("#prefix-OUT", "01 13 <x>");
		admin.click("#journal-OUT button[type=submit]");
		assertThat(admin.locator("#prefix-OUT")).hasClass(Pattern.compile(".*is-invalid.*"));
		assertThat(admin.locator("#prefix-OUT")).hasValue("01 13 <x>");
		Browser.screenshot(admin, "documents-journals-refused-ru");
		admin.fill("#prefix-OUT", "01-13");
		admin.click("#journal-OUT button[type=submit]");
		assertThat(admin.locator("#prefix-OUT")).hasValue("01-13");
		assertThat(admin.locator("#prefix-OUT")).not().hasClass(Pattern.compile(".*is-invalid.*"));
	}
}
