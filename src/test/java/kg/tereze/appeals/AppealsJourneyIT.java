package kg.tereze.appeals;

import com.microsoft.playwright.Page;
import kg.tereze.messaging.Messengers;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kg.tereze.support.Eventually.until;

/**
 * A resident reports a flood on WhatsApp with a photo and the place; the clerk answers, makes it a
 * report, assigns and resolves it, and the resident hears each step. Another resident reports on the
 * public page.
 */
class AppealsJourneyIT extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void messengers() {
		Messengers.server();
	}

	@Test
	void aFloodReportedOnWhatsAppIsAnsweredTrackedAndResolved() {
		String from = Messengers.phone();
		Messengers in = new Messengers(port);
		in.whatsApp(Messengers.waText(from, Messengers.wamid(), "Салам! Арык ташып, Ленин көчөсүн суу басты"));
		in.whatsApp(Messengers.waMessage(from, """
				{"from":"%s","id":"%s","timestamp":"1","type":"location","location":{"latitude":40.9312,"longitude":73.1577,"name":"Ленин көч."}}"""
			.formatted(from, Messengers.wamid())));
		until("the thread", () -> jdbc.sql("select count(*) from appeals_message m join appeals_thread t on t.id = m.thread_id where t.address = ?")
			.param(from).query(Long.class).single() == 2);

		Page page = signIn("karool.clerk", "ky");
		page.click("a.tz-nav-link[href='/appeals']");
		page.click("#threads a:has-text('Азамат Эсенов') >> nth=0");
		assertThat(page.locator("#messages")).containsText("Арык ташып");
		assertThat(page.locator("#messages")).containsText("Ленин көч.");
		Browser.screenshot(page, "appeals-thread-ky");

		page.click("#reply-form button[type=submit]");
		assertThat(page.locator("#reply-form .invalid-feedback")).isVisible();
		page.fill("#text", "Рахмат, кызматкер жолго чыкты.");
		page.click("#reply-form button[type=submit]");
		assertThat(page.locator("#messages")).containsText("кызматкер жолго чыкты");

		page.click("#report-details summary");
		page.fill("#description", "Арык ташып, Ленин көчөсүн суу басты");
		page.click("#report-form button[type=submit]");
		assertThat(page.locator("#report-form .alert-danger")).isVisible();
		assertThat(page.locator("#description")).hasValue("Арык ташып, Ленин көчөсүн суу басты");
		page.selectOption("#category", "flood");
		page.click("#report-form button[type=submit]");
		assertThat(page.locator("#status")).hasText("Жаңы");
		assertThat(page.locator("#map-link")).isVisible();
		Browser.screenshot(page, "appeals-report-new-ky");

		page.selectOption("#assignee-select", new com.microsoft.playwright.options.SelectOption().setLabel("Айгерим Садыкова"));
		page.click("#step-ASSIGNED button");
		assertThat(page.locator("#status")).hasText("Дайындалды");
		page.click("#step-IN_PROGRESS button");
		page.click("#step-RESOLVED button");
		assertThat(page.locator("#step-error")).isVisible();
		page.fill("#note-RESOLVED", "Арык тазаланып, суу агызылды.");
		page.click("#step-RESOLVED button");
		assertThat(page.locator("#status")).hasText("Аткарылды");
		assertThat(page.locator("#history tbody tr")).hasCount(4);
		Browser.screenshot(page, "appeals-report-resolved-ky");

		until("the resident told", () -> jdbc.sql("select count(*) from messaging_outbox where recipient = ? and body like '%Аткарылды%'")
			.param(from).query(Long.class).single() == 1);

		page.navigate(url("/appeals/reports?status=ALL"));
		assertThat(page.locator("#reports tbody tr")).not().hasCount(0);
		Browser.screenshot(page, "appeals-reports-ky");
	}

	@Test
	void aResidentReportsOnThePublicPageAndFollowsTheReport() {
		Page page = browser.newPage(412, 915);
		page.navigate(url("/public/41706255832000?lang=ru"));
		assertThat(page.locator("#median")).not().hasText("—");
		Browser.screenshot(page, "appeals-public-ru");
		page.click("#report-problem");
		page.fill("#description", "Не вывезен мусор у школы");
		page.click("#public-form button[type=submit]");
		assertThat(page.locator("#public-form .alert-danger")).isVisible();
		assertThat(page.locator("#description")).hasValue("Не вывезен мусор у школы");
		Browser.screenshot(page, "appeals-public-form-ru");
		page.selectOption("#category", "waste");
		page.selectOption("#village", new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.fill("#address", "ул. Школьная");
		page.setInputFiles("#photo", new com.microsoft.playwright.options.FilePayload("school.png", "image/png", ProblemReportsIT.png()));
		page.click("#public-form button[type=submit]");
		assertThat(page.locator("#filed")).isVisible();
		assertThat(page.locator("#public-status")).hasText("Новое");
		Browser.screenshot(page, "appeals-public-filed-ru");
	}
}
