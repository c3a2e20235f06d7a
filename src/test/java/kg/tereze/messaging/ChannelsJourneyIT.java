package kg.tereze.messaging;

import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Karool's administrator connects a second Telegram bot and gets the secret for its webhook. */
class ChannelsJourneyIT extends BrowserJourney {

	@Test
	void aBotIsConnectedInTheBrowser() {
		Page page = signIn("karool.admin", "ky");
		page.click("a.tz-nav-link[href='/messaging/channels']");
		assertThat(page.locator("#channels")).containsText("karool_tereze_bot");
		String bot = "karool" + System.nanoTime() % 100_000 + "_bot";
		page.selectOption("#kind", "TELEGRAM");
		page.fill("#externalId", bot);
		page.fill("#token", "not a token");
		page.click("#add-channel");
		assertThat(page.locator("#channel-error")).isVisible();
		assertThat(page.locator("#externalId")).hasValue(bot);
		assertThat(page.locator("#token")).hasValue("");
		page.fill("#token", "5550001:Karool_bot-token-1");
		page.click("#add-channel");
		assertThat(page.locator("#channel-secret-value")).hasText(java.util.regex.Pattern.compile("^[A-Za-z0-9_-]{40}$"));
		assertThat(page.locator("#channels")).containsText(bot);
		Browser.screenshot(page, "messaging-channels-ky");
	}
}
