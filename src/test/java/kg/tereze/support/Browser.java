package kg.tereze.support;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium driven by Playwright; the browser Playwright would download is never used. */
public final class Browser implements AutoCloseable {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Playwright playwright;

	private final com.microsoft.playwright.Browser browser;

	public Browser() {
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(Path.of(System.getProperty("tereze.chromium", "/usr/bin/chromium")))
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	/** A fresh browser context (no cookies) the size of a 10" tablet in landscape. */
	public Page newTabletPage() {
		return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
	}

	public Page newPage(int width, int height) {
		return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, height)).newPage();
	}

	/** Keeps a document a test produced (a PDF) next to the screenshots, to look at. */
	public static void keep(byte[] document, String name) {
		try {
			java.nio.file.Files.createDirectories(SCREENSHOTS);
			java.nio.file.Files.write(SCREENSHOTS.resolve(name), document);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
