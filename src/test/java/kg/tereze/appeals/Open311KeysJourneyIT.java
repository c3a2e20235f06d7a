package kg.tereze.appeals;

import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Karool's administrator issues a key to a partner's site and withdraws it. */
class Open311KeysJourneyIT extends BrowserJourney {

	@Test
	void aKeyIsIssuedAndWithdrawn() {
		Page page = signIn("karool.admin", "ru");
		page.click("a.tz-nav-link[href='/appeals/open311-keys']");
		page.click("#issue-key");
		assertThat(page.locator("#key-error")).isVisible();
		String client = "Сайт партнёра " + System.nanoTime() % 10_000;
		page.fill("#name", client);
		page.click("#issue-key");
		assertThat(page.locator("#key-secret")).hasText(java.util.regex.Pattern.compile("^o311-[0-9a-f]{48}$"));
		Browser.screenshot(page, "appeals-open311-keys-ru");
		page.locator("#keys tr", new Page.LocatorOptions().setHasText(client)).locator("button").click();
		assertThat(page.locator("#keys tr", new Page.LocatorOptions().setHasText(client))).containsText("Отозван");
	}
}
