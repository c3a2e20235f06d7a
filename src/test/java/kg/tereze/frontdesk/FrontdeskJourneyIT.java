package kg.tereze.frontdesk;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import kg.tereze.messaging.Messengers;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import kg.tereze.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A day at the window: a visitor takes a ticket, the clerk calls them and issues the certificate,
 * which ends the visit; another registers an application that is worked on and made ready, and the
 * applicant is told; the head looks at the figures.
 */
class FrontdeskJourneyIT extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void messengers() {
		Messengers.server();
	}

	String karoolPin() {
		return jdbc.sql("""
				select p.pin from person p join membership ms on ms.person_id = p.id and ms.valid_to is null
				  join household h on h.id = ms.household_id join municipality m on m.id = h.municipality_id
				 where m.code = 'KAR' and p.death_date is null and p.pin is not null order by p.id desc limit 1 offset 3""")
			.query(String.class).single();
	}

	Page signInAs(String username, String lang) {
		Page page = browser.newTabletPage();
		page.navigate(url("/login?lang=" + lang));
		page.fill("#username", username);
		page.fill("#password", TestUsers.PASSWORD);
		page.click("button[type=submit]");
		assertThat(page).hasURL(url("/"));
		return page;
	}

	@Test
	void aVisitorIsCalledAndServedAndAnApplicationIsMadeReady() {
		Page page = signInAs(TestUsers.create(port, "karool.admin", "CLERK").username(), "ky");
		page.click("a.tz-nav-link[href='/frontdesk']");
		page.selectOption("#service", "family_composition");
		page.fill("#visitorName", "Жээнбекова Чолпон");
		page.click("#give-ticket");
		String ticket = page.locator("#given .tz-ticket").textContent().strip();
		assertThat(page.locator("#waiting")).containsText(ticket);
		Browser.screenshot(page, "frontdesk-queue-ky");

		page.click("#waiting tr:has-text('" + ticket + "') button:has-text('Чакыруу')");
		assertThat(page.locator("#current-ticket")).hasText(ticket);
		Browser.screenshot(page, "frontdesk-desk-ky");
		page.click("#issue-certificate");
		page.fill("#q", karoolPin());
		page.press("#q", "Enter");
		page.click("#people a.tz-type >> nth=1");
		page.click("#issue-form button[type=submit]");
		assertThat(page.locator(".alert-success")).containsText("KAR-");
		page.click("a.tz-nav-link[href='/frontdesk']");
		assertThat(page.locator("#current-ticket")).hasCount(0);
		assertThat(page.locator("#done tr:has-text('" + ticket + "')")).containsText("KAR-2");

		page.selectOption("#service", "address_assignment");
		page.click("#give-ticket");
		String second = page.locator("#given .tz-ticket").textContent().strip();
		assertThat(page.locator("#given .tz-ticket")).hasText(java.util.regex.Pattern.compile("B-\\d{3}"));
		page.click("#waiting tr:has-text('" + second + "') button:has-text('Чакыруу')");
		page.click("#register-application");
		assertThat(page.locator("#for-visit")).containsText(second);
		page.fill("#phone", "+" + Messengers.phone());
		page.fill("#details", "Жаңы курулган үйгө дарек ыйгаруу");
		page.click("#register");
		assertThat(page.locator("#application-error")).isVisible();
		assertThat(page.locator("#details")).hasValue("Жаңы курулган үйгө дарек ыйгаруу");
		page.fill("#name", "Осмонов Азамат");
		page.click("#register");
		assertThat(page.locator("#status")).hasText("Катталды");
		assertThat(page.locator("#history")).containsText("арыз ээсине билдирилди");

		page.selectOption("#assignee-select", new SelectOption().setIndex(1));
		page.click("#step-ASSIGNED button");
		assertThat(page.locator("#status")).hasText("Дайындалды");
		page.click("#step-IN_PROGRESS button");
		page.click("#step-READY button");
		assertThat(page.locator("#status")).hasText("Даяр");
		assertThat(page.locator("#history tbody tr")).hasCount(4);
		Browser.screenshot(page, "frontdesk-application-ky");
		page.click("a.tz-nav-link[href='/frontdesk']");
		assertThat(page.locator("#done tr:has-text('" + second + "')")).containsText("KAR-Z-");
	}

	@Test
	void theHeadSeesHowLongPeopleWaitAndWhatIsOverdue() {
		Page page = signInAs(TestUsers.create(port, "karool.admin", "HEAD").username(), "ru");
		page.navigate(url("/frontdesk/dashboard"));
		page.click("#period-month");
		assertThat(page.locator("#served")).not().hasText("0");
		assertThat(page.locator("#by-clerk svg")).isVisible();
		assertThat(page.locator("#by-day svg")).isVisible();
		Browser.screenshot(page, "frontdesk-dashboard-ru");
		page.click("#overdue-link");
		assertThat(page.locator("#overdue")).isChecked();
		Browser.screenshot(page, "frontdesk-applications-overdue-ru");
		page.navigate(url("/frontdesk/services"));
		Browser.screenshot(page, "frontdesk-services-ru");
		page.navigate(url("/frontdesk/board"));
		assertThat(page.locator("h1")).isVisible();
		Browser.screenshot(page, "frontdesk-board-ru");
	}
}
