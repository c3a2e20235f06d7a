package kg.tereze.registry;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import kg.tereze.support.Browser;
import kg.tereze.support.BrowserJourney;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The registry keeper enters a household, adds a newborn, and looks at the household as it was before. */
class RegistryJourneyIT extends BrowserJourney {

	@Test
	void registrarEntersAHouseholdAndItsNewborn() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Bishkek"));
		Page page = signIn("karool.registrar", "ru");
		page.click("a.tz-nav-link[href='/registry']");
		page.click("text=Новое хозяйство");
		page.selectOption("#villageId", new com.microsoft.playwright.options.SelectOption().setLabel("Шералы"));
		page.fill("#street", "Курманжан Датка");
		page.fill("#house", "12");
		page.fill("#registeredOn", "2010-05-01");
		page.fill("#household-surname", "Сыдыков");
		page.fill("#household-givenName", "Бактыбек");
		page.fill("#household-patronymic", "Асанович");
		page.fill("#household-birthDate", "1986-03-21");
		page.selectOption("#household-sex", "M");
		page.fill("#household-pin", "21103198699901");
		page.click("#household-form button[type=submit]");
		assertThat(page.locator(".alert-danger")).containsText("ПИН не совпадает с датой рождения");
		assertThat(page.locator("#household-surname")).hasValue("Сыдыков");
		Browser.screenshot(page, "registry-household-error-ru");
		String pin = "22103198699" + (100 + (int) (System.nanoTime() % 900));
		page.fill("#household-pin", pin);
		page.click("#household-form button[type=submit]");
		assertThat(page.locator(".alert-success")).containsText("Хозяйство внесено в книгу");
		assertThat(page.locator("#members")).containsText("Сыдыков Бактыбек Асанович");

		page.click("text=Добавить члена хозяйства");
		page.fill("#member-surname", "Сыдыкова");
		page.fill("#member-givenName", "Айзада");
		page.fill("#member-birthDate", today.minusDays(3).toString());
		page.selectOption("#member-sex", "F");
		page.selectOption("#member-relation", "DAUGHTER");
		page.selectOption("#member-how", "BORN");
		page.fill("#member-date", today.minusDays(3).toString());
		page.click("#member-form button[type=submit]");
		assertThat(page.locator("#members tbody tr")).hasCount(2);
		assertThat(page.locator("#history")).containsText("родился(ась)");
		Browser.screenshot(page, "registry-household-ru");

		page.fill("#asOf", today.minusDays(5).toString());
		page.click("text=Показать");
		assertThat(page.locator("#as-of-banner")).isVisible();
		assertThat(page.locator("#members tbody tr")).hasCount(1);
		Browser.screenshot(page, "registry-household-past-ru");

		page.navigate(url("/registry?q=Sydykov%20Baktybek"));
		assertThat(page.locator("#hits")).containsText(pin);
		Browser.screenshot(page, "registry-search-ru");
	}

	@Test
	void clerkSearchesAsSheTypesOnATablet() {
		Page page = signIn("karool.clerk", "ky");
		page.click("a.tz-nav-link[href='/registry']");
		page.fill("#q", "Асан");
		page.press("#q", "Enter");
		assertThat(page.locator("#hits tbody tr").first()).isVisible();
		Browser.screenshot(page, "registry-search-ky");
		page.locator("#hits tbody tr a").first().click();
		assertThat(page.locator("#person-surname")).isDisabled();
		Browser.screenshot(page, "registry-person-ky");
	}

	@Test
	void registrarChecksAndImportsASpreadsheet() throws Exception {
		String book = RegisterImportIT.book();
		java.nio.file.Path file = java.nio.file.Files.createTempFile("book", ".csv");
		java.nio.file.Files.writeString(file, book);
		Page page = signIn("karool.registrar", "ru");
		page.navigate(url("/registry/import"));
		page.setInputFiles("#file", file);
		page.click("#upload-form button[type=submit]");
		assertThat(page.locator("#problems")).containsText("Выберите село муниципалитета");
		Browser.screenshot(page, "registry-import-check-ru");
		page.click("#run-form button[value=VALID_ROWS]");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/registry/import/jobs/.*"));
		assertThat(page.locator("#job .alert-success")).containsText("Загружено: хозяйств 1, людей 3");
		Browser.screenshot(page, "registry-import-done-ru");
	}
}
