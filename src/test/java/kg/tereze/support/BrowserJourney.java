package kg.tereze.support;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A user journey in Debian's Chromium against the running application: one browser per test class. */
@RunningApplication
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserJourney {

	@LocalServerPort
	protected int port;

	protected Browser browser;

	@BeforeAll
	void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	void stopBrowser() {
		browser.close();
	}

	/** Signs in on a tablet-sized page, in the language given, and lands on the home page. */
	protected Page signIn(String username, String lang) {
		return signIn(browser.newTabletPage(), username, lang);
	}

	protected Page signIn(Page page, String username, String lang) {
		page.navigate(url("/login?lang=" + lang));
		page.fill("#username", username);
		page.fill("#password", "demo");
		page.click("button[type=submit]");
		assertThat(page).hasURL(url("/"));
		return page;
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}
}
