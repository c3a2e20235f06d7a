package kg.tereze.payments;

import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The system administrator connects a new terminal network for Karool and hands over its password. */
class AgentAdminJourneyIT extends BrowserJourney {

	@Test
	void aTerminalNetworkIsConnected() {
		Page page = signIn("sysadmin", "ru");
		page.click("a.tz-nav-link[href='/sysadmin/agents']");
		assertThat(page.locator("#agents")).containsText("demo-terminal");
		page.click("#new-agent");
		String code = "paynet-" + System.nanoTime() % 100_000;
		page.fill("#code", code);
		page.fill("#name", "PayNet терминалдары");
		page.fill("#ipAllow", "203.0.113.0/24\n198.51.100.7");
		page.fill("#maxSum", "zero");
		page.check("label:has-text('(KAR)') >> xpath=preceding-sibling::input");
		page.click("#save-agent");
		assertThat(page.locator("#agent-error")).isVisible();
		assertThat(page.locator("#name")).hasValue("PayNet терминалдары");
		assertThat(page.locator("label:has-text('(KAR)') >> xpath=preceding-sibling::input")).isChecked();
		page.fill("#maxSum", "30000");
		page.click("#save-agent");
		assertThat(page.locator("#agent-secret")).hasText(java.util.regex.Pattern.compile("^[A-Za-z0-9]{24}$"));
		Browser.screenshot(page, "payments-agent-password-ru");
		page.click("a:has-text('Платёжные агенты')");
		assertThat(page.locator("#agents")).containsText(code);
		assertThat(page.locator("#agents")).containsText("203.0.113.0/24");
		Browser.screenshot(page, "payments-agents-ru");
	}
}
