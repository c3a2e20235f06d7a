package kg.tereze.web;

import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** In a real browser: the Karool clerk signs in in each language and sees the home page; administrators use their pages. */
class SignInJourneyIT extends BrowserJourney {

	@ParameterizedTest
	@CsvSource({ "ky, Кирүү, 'Кош келиңиз, Айгерим Садыкова', Бирдиктүү терезенин адиси, Чыгуу",
			"ru, Вход, 'Добро пожаловать, Айгерим Садыкова', Специалист единого окна, Выйти",
			"en, Sign in, 'Welcome, Айгерим Садыкова', Single-window specialist, Sign out" })
	void clerkSignsInInEachLanguage(String lang, String signInTitle, String greeting, String role, String signOut) {
		Page page = browser.newTabletPage();
		page.navigate(url("/login?lang=" + lang));
		assertThat(page.locator("h1")).hasText(signInTitle);
		Browser.screenshot(page, "login-" + lang);
		page.fill("#username", "karool.clerk");
		page.fill("#password", "demo");
		page.click("button[type=submit]");
		assertThat(page).hasURL(url("/"));
		assertThat(page.locator("h1")).hasText(greeting);
		assertThat(page.locator("#my-roles")).containsText(role);
		assertThat(page.locator("html")).hasAttribute("lang", lang);
		Browser.screenshot(page, "home-clerk-" + lang);
		page.click("text=" + signOut);
		assertThat(page).hasURL(url("/login?logout"));
	}

	@Test
	void wrongPasswordShowsOneMessage() {
		Page page = browser.newTabletPage();
		page.navigate(url("/login?lang=ru"));
		page.fill("#username", "karool.clerk");
		page.fill("#password", "wrong");
		page.click("button[type=submit]");
		assertThat(page.locator(".alert-danger")).containsText("Неверное имя пользователя или пароль");
		Browser.screenshot(page, "login-failed-ru");
	}

	@Test
	void administratorCreatesAUserAndFindsItInTheList() {
		Page page = signIn("karool.admin", "ru");
		page.click("a.tz-nav-link[href='/admin/users']");
		Browser.screenshot(page, "users-ru");
		page.click("text=Новый пользователь");
		String username = "br" + (System.nanoTime() % 1_000_000) + ".clerk";
		page.fill("#username", "Bad Name");
		page.fill("#fullName", "Гүлмира Токтогулова");
		page.fill("#password", "Clerk-password-1");
		page.check("label:has-text('Специалист единого окна') >> xpath=../input");
		page.click("#user-form button[type=submit]");
		assertThat(page.locator(".alert-danger")).containsText("Имя пользователя");
		assertThat(page.locator("#fullName")).hasValue("Гүлмира Токтогулова");
		Browser.screenshot(page, "user-new-error-ru");
		page.fill("#username", username);
		page.fill("#password", "Clerk-password-1");
		page.click("#user-form button[type=submit]");
		assertThat(page.locator(".alert-success")).containsText("Пользователь создан");
		Browser.screenshot(page, "user-edit-ru");
		page.navigate(url("/admin/users?q=" + username));
		assertThat(page.locator("#users tbody tr")).hasCount(1);
	}

	@Test
	void auditorChecksTheTrail() {
		Page page = signIn("karool.auditor", "ky");
		page.click("a.tz-nav-link[href='/audit']");
		page.click("text=Бүтүндүгүн текшерүү");
		assertThat(page.locator("#verification")).containsText("Журнал бүтүн");
		Browser.screenshot(page, "audit-ky");
	}

	@Test
	void systemAdministratorFindsAMunicipalityInTheClassifier() {
		Page page = signIn("sysadmin", "en");
		page.click("a.tz-nav-link[href='/sysadmin/municipalities']");
		page.fill("#q", "Лейлек");
		page.press("#q", "Enter");
		page.locator("#units .list-group-item").first().waitFor();
		assertThat(page.locator("#units")).containsText("41705236");
		assertThat(page.locator("#units")).containsText("Razzakov");
		Browser.screenshot(page, "sysadmin-municipalities-en");
	}

	@Test
	void profileShowsANewTokenOnce() {
		Page page = signIn("karool.head", "en");
		page.click("a.tz-user");
		page.fill("#token-name", "monthly report");
		page.click("text=Create token");
		assertThat(page.locator("#new-token .tz-secret")).containsText("trz_");
		Browser.screenshot(page, "profile-en");
		page.reload();
		assertThat(page.locator("#new-token")).hasCount(0);
	}

	@Test
	void municipalityPageOnAPhone() {
		Page page = signIn(browser.newPage(390, 844), "razzakov.clerk", "ky");
		page.navigate(url("/municipality"));
		assertThat(page.locator("#villages")).containsText("Алтын-Бешик");
		Browser.screenshot(page, "municipality-phone-ky");
	}
}
