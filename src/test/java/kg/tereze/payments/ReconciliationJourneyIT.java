package kg.tereze.payments;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The accountant uploads the terminal network's statement for yesterday and sees what does not agree. */
class ReconciliationJourneyIT extends BrowserJourney {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAgentsStatementIsCheckedInTheBrowser() {
		Page page = signIn("karool.accountant", "ru");
		page.click("a.tz-nav-link[href='/payments/reconciliations']");
		String day = page.locator("#day").inputValue();
		page.click("#reconcile");
		assertThat(page.locator("#reconcile-error")).isVisible();
		assertThat(page.locator("#day")).hasValue(day);
		String account = jdbc.sql("""
				select a.number from payer_account a join municipality m on m.id = a.municipality_id
				 where m.code = 'KAR' order by a.id limit 1""").query(String.class).single();
		String csv = "txn_id;txn_date;account;sum\n9" + System.nanoTime() % 1_000_000_000L + ";" + day.replace("-", "")
				+ "100000;" + account + ";120.00\nbad;x;;\n";
		page.setInputFiles("#file", new FilePayload("statement.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.click("#reconcile");
		assertThat(page.locator("#verdict")).hasClass(java.util.regex.Pattern.compile("alert-warning"));
		assertThat(page.locator("#missing-here")).hasText("1");
		assertThat(page.locator("#items")).containsText("Нет в Терезе");
		Browser.screenshot(page, "payments-reconciliation-ru");
		page.click("a:has-text('Сверка с агентами')");
		assertThat(page.locator("#reconciliations")).isVisible();
		Browser.screenshot(page, "payments-reconciliations-ru");
	}
}
