package kg.tereze.billing;

import java.math.BigDecimal;

import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The accountant lays a route and gives it to the controller, who walks it on the tablet and reads a meter. */
class RoutesJourneyIT extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRouteIsLaidOutAndWalked() {
		var place = jdbc.sql("""
				select a.book_id, a.village_id, split_part(a.address, ',', 1) as street, m.id as meter, m.initial_value,
				       (select max(value) from billing_reading r where r.meter_id = m.id) as last
				  from payer_account a join billing_meter m on m.account_id = a.id and m.removed_on is null
				  join ledger_book b on b.id = a.book_id join enterprise e on e.id = b.enterprise_id
				 where e.code = 'KAROOLSUU' and a.address like '%,%'
				   and not exists (select 1 from billing_route_stop s where s.account_id = a.id)
				 order by a.id desc limit 1""").query().singleRow();
		long meter = ((Number) place.get("meter")).longValue();
		BigDecimal last = place.get("last") == null ? (BigDecimal) place.get("initial_value") : (BigDecimal) place.get("last");

		Page office = signIn("karool.accountant", "ru");
		office.navigate(url("/billing/routes"));
		office.fill("#name", "Улица " + place.get("street"));
		office.selectOption("#bookId", place.get("book_id").toString());
		office.selectOption("#villageId", place.get("village_id").toString());
		office.fill("#street", (String) place.get("street"));
		office.selectOption("#controllerId", new com.microsoft.playwright.options.SelectOption().setLabel("Бакыт Эрматов"));
		Browser.screenshot(office, "routes-new-ru");
		office.click("#create-route");
		assertThat(office.locator("#route-name")).hasText("Улица " + place.get("street"));
		assertThat(office.locator("#stops > li")).not().hasCount(0);

		Page tablet = signIn("karool.controller", "ky");
		tablet.click("a.tz-nav-link[href='/billing/routes']");
		tablet.click("#routes a:text('Улица " + place.get("street") + "')");
		assertThat(tablet.locator("#meter-" + meter)).isVisible();
		String lower = last.subtract(BigDecimal.ONE).max(BigDecimal.ZERO).toPlainString();
		tablet.fill("#value-" + meter, lower);
		tablet.click("#meter-" + meter + " button[type=submit]");
		assertThat(tablet.locator("#route-error")).isVisible();
		assertThat(tablet.locator("#value-" + meter)).hasValue(lower);
		tablet.fill("#value-" + meter, last.add(new BigDecimal("7")).toPlainString());
		tablet.click("#meter-" + meter + " button[type=submit]");
		assertThat(tablet.locator("#meter-" + meter + " .badge")).isVisible();
		assertThat(tablet.locator("#route-progress")).not().containsText(": 0 ");
		Browser.screenshot(tablet, "route-walk-ky");

		// cash at the same stop, and back to the route
		String routeUrl = tablet.url().replaceAll("#.*$", "");
		tablet.click("#stops > li:has(#meter-" + meter + ") a[href*='/cash']");
		if (tablet.locator("#open-shift").isVisible()) {
			tablet.fill("#openingFloat", "0");
			tablet.click("#open-shift button[type=submit]");
		}
		assertThat(tablet.locator("#pay-form")).isVisible();
		tablet.fill("#amount", "100");
		tablet.click("#pay-form button[type=submit]");
		assertThat(tablet.locator("#taken")).isVisible();
		tablet.click("#back-to-route");
		assertThat(tablet).hasURL(routeUrl);
		tablet.locator("#stops > li:has(#meter-" + meter + ")").screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
			.setPath(Browser.SCREENSHOTS.resolve("route-stop-ky.png")));
	}
}
