package kg.tereze.certificates;

import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The clerk's two minutes: from the home page to the printed certificate, counting every interaction. */
class CertificateJourneyIT extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	/** Counts what the clerk does: a typed field, a key pressed, a click. */
	static final class Clerk {

		final Page page;

		final AtomicInteger interactions = new AtomicInteger();

		Clerk(Page page) {
			this.page = page;
		}

		void type(String selector, String text) {
			interactions.incrementAndGet();
			page.fill(selector, text);
		}

		void press(String selector, String key) {
			interactions.incrementAndGet();
			page.press(selector, key);
		}

		void click(String selector) {
			interactions.incrementAndGet();
			page.click(selector);
		}
	}

	String karoolPin() {
		return jdbc.sql("""
				select p.pin from person p join membership ms on ms.person_id = p.id and ms.valid_to is null
				  join household h on h.id = ms.household_id join municipality m on m.id = h.municipality_id
				 where m.code = 'KAR' and p.death_date is null and p.pin is not null order by p.id desc limit 1""")
			.query(String.class).single();
	}

	@Test
	void aClerkIssuesACertificateFromTheHomePageInAtMostSixInteractions() {
		String pin = karoolPin();
		Clerk clerk = new Clerk(signIn("karool.clerk", "ky"));
		Page page = clerk.page;
		Browser.screenshot(page, "certificates-home-ky");

		clerk.type("#home-q", pin);
		clerk.press("#home-q", "Enter");
		assertThat(page.locator("#people")).containsText(pin);
		Browser.screenshot(page, "certificates-search-ky");
		clerk.click("#people a.tz-type >> nth=1");
		assertThat(page.locator("#preview")).containsText("Үй-бүлө курамы");
		clerk.type("#purpose", "Социалдык фондго");
		assertThat(page.locator("#preview")).containsText("Социалдык фондго");
		Browser.screenshot(page, "certificates-preview-ky");
		clerk.click("#issue-form button[type=submit]");
		assertThat(page.locator(".alert-success")).containsText("KAR-");
		Browser.screenshot(page, "certificates-issued-ky");
		Download pdf = page.waitForDownload(() -> clerk.click("text=PDF жүктөп алуу"));
		assertThat(pdf.suggestedFilename()).matches("KAR-\\d{4}-\\d{6}\\.pdf");
		assertThat(clerk.interactions.get()).as("interactions from the home page").isLessThanOrEqualTo(6);
	}

	@Test
	void aWrongPurposeKeepsWhatWasTypedAndAnAnnulmentShowsOnThePublicPage() {
		String pin = karoolPin();
		Page page = signIn("karool.head", "ru");
		page.navigate(url("/certificates?q=" + pin));
		page.click("#people a.tz-type >> nth=0");
		page.evaluate("document.querySelector('#purpose').removeAttribute('maxlength')");
		page.fill("#purpose", "в банк ".repeat(50));
		page.click("#issue-form button[type=submit]");
		assertThat(page.locator(".alert-danger")).containsText("не более 300");
		assertThat(page.locator("#purpose")).hasValue("в банк ".repeat(50));
		page.fill("#purpose", "в банк");
		page.click("#issue-form button[type=submit]");
		assertThat(page.locator("#status")).hasText("Действительна");
		String code = page.locator("#summary + .tz-card code").textContent();

		page.click("#annul-form button[type=submit]");
		page.fill("#reason", "Ошибка в адресе");
		page.click("#annul-form button[type=submit]");
		assertThat(page.locator("#status")).hasText("Аннулирована");
		Browser.screenshot(page, "certificates-annulled-ru");

		Page resident = browser.newPage(390, 844);
		resident.navigate(url("/verify/" + code + "?lang=ky"));
		assertThat(resident.locator("#verdict")).containsText("жокко чыгарылган");
		Browser.screenshot(resident, "certificates-verify-annulled-ky-phone");
		resident.navigate(url("/verify/AAAA-BBBB-CCCC?lang=en"));
		assertThat(resident.locator("#verdict")).containsText("No certificate has this code");
		Browser.screenshot(resident, "certificates-verify-unknown-en-phone");
	}

	@Test
	void theAdministratorPreviewsATemplateOnARealResidentBeforeSaving() {
		String pin = karoolPin();
		Page page = signIn("karool.admin", "ru");
		page.click("a.tz-nav-link[href='/certificates/types']");
		page.click("text=Новый вид");
		page.fill("#code", "GAS_CONNECTION");
		page.fill("#nameKy", "Газ туташтыруу үчүн маалымкат");
		page.fill("#nameRu", "Справка для подключения газа");
		page.fill("#nameEn", "Certificate for a gas connection");
		page.fill("#bodyKy", "{{person.fullName}} {{household.adress}} дарегинде жашайт.");
		page.fill("#bodyRu", "{{person.fullName}} проживает по адресу {{household.address}}.\n\n{{members}}");
		page.fill("#samplePin", pin);
		page.click("#preview-button");
		assertThat(page.locator(".alert-danger")).containsText("household.adress");
		assertThat(page.locator("#bodyRu")).hasValue("{{person.fullName}} проживает по адресу {{household.address}}.\n\n{{members}}");
		page.fill("#bodyKy", "{{person.fullName}} {{household.address}} дарегинде жашайт.");
		page.click("#preview-button");
		assertThat(page.locator("#preview")).containsText("проживает по адресу");
		assertThat(page.locator("#preview table.facts")).isVisible();
		Browser.screenshot(page, "certificates-template-preview-ru");
		page.click("#save-button");
		assertThat(page.locator(".alert-success")).isVisible();
		page.navigate(url("/municipality"));
		assertThat(page.locator("#signatory")).containsText("Токтосунов");
		Browser.screenshot(page, "municipality-signatory-ru");
	}

	@Test
	void aFeeIsChargedPaidAtTheCashDeskAndTheCertificateIssued() {
		String pin = karoolPin();
		String type = "STAMP_" + System.nanoTime() % 100000;
		kg.tereze.support.Api admin = new kg.tereze.support.Api(port, kg.tereze.support.Api.demoToken("karool.admin"));
		assertThat(admin.put("/api/v1/certificate-types/" + type, """
				{"nameKy": "Мөөр коюу үчүн маалымкат", "nameRu": "Справка для заверения", "nameEn": "Certificate for a stamp",
				 "bodyKy": "{{person.fullName}} {{household.address}} дарегинде жашайт.",
				 "bodyRu": "{{person.fullName}} проживает по адресу {{household.address}}.", "active": true}""").status()).isEqualTo(200);

		Page page = signIn("karool.admin", "ru");
		page.navigate(url("/certificates/types/" + type));
		page.fill("#fee", "150");
		page.check("#ex-DISABILITY");
		page.click("#fee-form button[type=submit]");
		assertThat(page.locator("#fee-now")).containsText("150,00");
		Browser.screenshot(page, "certificates-type-fee-ru");

		Page clerk = signIn("karool.clerk", "ru");
		clerk.navigate(url("/certificates/new?type=" + type + "&person=" + jdbc.sql("select id from person where pin = ?").param(pin).query(Long.class).single()));
		assertThat(clerk.locator("#fee-state")).containsText("Начислите");
		clerk.click("#charge-form button[type=submit]");
		assertThat(clerk.locator("#fee-state")).containsText("в кассе");
		String account = clerk.locator("#fee-state").textContent().replaceAll("\\D", "");
		clerk.click("#issue-form button[type=submit]");
		assertThat(clerk.locator(".alert-danger")).containsText("не оплачен");
		Browser.screenshot(clerk, "certificates-fee-unpaid-ru");

		Page cashier = signIn("karool.cashier", "ru");
		cashier.navigate(url("/cash"));
		if (cashier.locator("#open-shift").count() > 0) {
			cashier.click("#open-shift button[type=submit]");
		}
		cashier.navigate(url("/cash?account=" + account));
		cashier.fill("#amount", "150");
		cashier.click("#pay-form button[type=submit]");
		assertThat(cashier.locator("#taken")).containsText("150,00");

		clerk.click("#fee-refresh");
		assertThat(clerk.locator("#fee-state")).containsText("Оплачен");
		clerk.click("#issue-form button[type=submit]");
		assertThat(clerk.locator(".alert-success")).containsText("KAR-");
	}
}
