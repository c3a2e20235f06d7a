package kg.tereze.billing;

import java.math.BigDecimal;

import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The field controller reads a meter on a tablet (a figure below the last is refused and kept on the
 * form; an unusual one is saved with a warning); the accountant finds it among the readings to check,
 * looks at the meter's history and replaces the meter.
 */
class MetersJourneyIT extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	record Metered(String account, long meter, BigDecimal last) {
	}

	/** A demo account of Karool Suu with a meter in place, read before. */
	Metered metered() {
		return jdbc.sql("""
				select a.number, m.id, r.value from billing_meter m join payer_account a on a.id = m.account_id
				  join lateral (select value from billing_reading r where r.meter_id = m.id order by r.id desc limit 1) r on true
				 where m.removed_on is null and m.number like 'KS-%'
				   and not exists (select 1 from billing_reading x where x.meter_id = m.id and x.read_on >= current_date - 3)
				 order by m.id limit 1""")
			.query((rs, i) -> new Metered(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3))).single();
	}

	@Test
	void theControllerReadsAMeterAndTheAccountantChecksAndReplacesIt() {
		Metered m = metered();
		String lower = m.last().subtract(BigDecimal.ONE).toPlainString();
		Page page = signIn("karool.controller", "ky");
		page.navigate(url("/accounts/" + m.account()));
		page.click("#services-link");
		String form = "#reading-form-" + m.meter();
		assertThat(page.locator("#meter-" + m.meter())).containsText("Эсептегич");
		page.fill(form + " input[name=value]", lower.replace('.', ','));
		page.click(form + " button[type=submit]");
		assertThat(page.locator("#reading-error-" + m.meter())).containsText("акыркысынан");
		assertThat(page.locator(form + " input[name=value]")).hasValue(lower.replace('.', ','));
		Browser.screenshot(page, "meters-reading-refused-ky");

		String unusual = m.last().add(BigDecimal.valueOf(400)).toPlainString();
		page.fill(form + " input[name=value]", unusual);
		page.click(form + " button[type=submit]");
		assertThat(page.locator("#reading-warning")).containsText("үч эседен");
		assertThat(page.locator("#meter-last-" + m.meter())).containsText(kg.tereze.shared.Formats.quantity(new BigDecimal(unusual)));
		Browser.screenshot(page, "meters-account-ky");

		page = signIn(browser.newTabletPage(), "karool.accountant", "ru");
		page.navigate(url("/billing"));
		page.click("#readings-link");
		assertThat(page.locator("#flagged")).containsText(m.account());
		Browser.screenshot(page, "meters-to-check-ru");
		page.click("#flagged a[href*='/meters/']");
		assertThat(page.locator("#use-chart svg rect")).not().hasCount(0);
		assertThat(page.locator("#readings tr.table-warning")).hasCount(1);
		Browser.screenshot(page, "meters-history-ru");

		page.navigate(url("/billing/accounts/" + m.account()));
		page.click("#meter-" + m.meter() + " details summary");
		String replace = "#replace-form-" + m.meter();
		page.fill(replace + " input[name=finalValue]", unusual);
		page.fill(replace + " input[name=number]", "NEW 1");
		page.click(replace + " button[type=submit]");
		assertThat(page.locator("#replace-error-" + m.meter())).containsText("латинских");
		assertThat(page.locator(replace + " input[name=finalValue]")).hasValue(unusual);
		page.fill(replace + " input[name=number]", "NEW-1");
		page.click(replace + " button[type=submit]");
		assertThat(page.locator("#meters")).containsText("NEW-1");
		assertThat(page.locator("#meter-" + m.meter())).containsText("снят");
		Browser.screenshot(page, "meters-replaced-ru");
	}
}
