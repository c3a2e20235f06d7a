package kg.tereze.registry;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@RunningApplication
class RegisterImportIT {

	static final String HEADER = "Book number,Village,Street,House,Flat,Registered on,Relation,Surname,Given name,Patronymic,Date of birth,Sex,PIN,Citizenship,Phone\n";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long households() {
		return jdbc.sql("select count(*) from household").query(Long.class).single();
	}

	/** One good household, one in a village the municipality does not have, one with an unknown relation. */
	static String book() {
		String b = "T" + ThreadLocalRandom.current().nextInt(100000, 999999);
		int s = ThreadLocalRandom.current().nextInt(90000, 99999);
		return HEADER
				+ b + "-1,Шералы,Манас,5,,01.03.2012,глава,Абдыкадыров,Мирлан,Токтосунович,04.05.1979,M,204051979" + s + ",KGZ,\n"
				+ b + "-1,Шералы,Манас,5,,,супруг(а),Абдыкадырова,Гулзат,,11.11.1982,Ж,111111982" + s + ",KGZ,\n"
				+ b + "-1,Шералы,Манас,5,,,дочь,Абдыкадырова,Айпери,Мирлановна,2015-06-01,F,101062015" + s + ",KGZ,\n"
				+ b + "-2,Kara-Sheraly,Бирлик,9,,2020-01-01,HEAD,Мирлан уулу,Бекзат,,1999-09-09,male,209091999" + s + ",,\n"
				+ b + "-3,Кароол,Ленин,1,,2019-01-01,глава,Осмонов,Эрлан,,1990-01-01,M,201011990" + s + ",,\n"
				+ b + "-3,Кароол,Ленин,1,,,жена,Осмонова,Бурул,,1992-02-02,F,102021992" + s + ",,\n";
	}

	@Test
	void aDryRunListsEveryBadRowAndChangesNothing() {
		long before = households();
		Api.Reply report = registrar().upload("/api/v1/registry/imports?dryRun=true", "book.csv", book().getBytes(StandardCharsets.UTF_8));
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		var json = report.json();
		assertThat(json.get("rows").asInt()).isEqualTo(6);
		assertThat(json.get("households").asInt()).isEqualTo(1);
		assertThat(json.get("invalidHouseholds").asInt()).isEqualTo(2);
		assertThat(json.get("problems").toString())
			.contains("\"row\":5", "\"column\":\"Village\"")
			.contains("\"row\":7", "\"column\":\"Relation\"");
		assertThat(households()).isEqualTo(before);
	}

	@Test
	void allOrNothingImportsNothingWhenARowIsBadAndValidRowsImportsTheRestOnce() {
		byte[] file = book().getBytes(StandardCharsets.UTF_8);
		long before = households();
		Api.Reply nothing = registrar().upload("/api/v1/registry/imports?dryRun=false&mode=ALL_OR_NOTHING", "book.csv", file);
		assertThat(nothing.json().get("imported").asBoolean()).isFalse();
		assertThat(households()).isEqualTo(before);

		Api.Reply valid = registrar().upload("/api/v1/registry/imports?dryRun=false&mode=VALID_ROWS", "book.csv", file);
		assertThat(valid.json().get("imported").asBoolean()).as(valid.body()).isTrue();
		assertThat(households()).isEqualTo(before + 1);

		Api.Reply again = registrar().upload("/api/v1/registry/imports?dryRun=false&mode=VALID_ROWS", "book.csv", file);
		assertThat(again.json().get("fileAlreadyImported").asBoolean()).isTrue();
		assertThat(households()).isEqualTo(before + 1);
	}

	@Test
	void theExportImportedBackAddsNothing() {
		WebSession web = WebSession.signedIn(port, "karool.registrar", "demo");
		byte[] export = web.getBytes("/registry/export.xlsx?lang=ru").body();
		long before = households();
		Api.Reply report = registrar().upload("/api/v1/registry/imports?dryRun=false&mode=VALID_ROWS", "export.xlsx", export);
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.json().get("householdsAlreadyInBook").asInt()).isGreaterThan(3000);
		assertThat(households()).isEqualTo(before);
	}

	@Test
	void theTemplateIsAnImportableBookInTheUsersLanguage() {
		WebSession web = WebSession.signedIn(port, "karool.registrar", "demo");
		byte[] template = web.getBytes("/registry/import/template.xlsx?lang=ky").body();
		Api.Reply report = registrar().upload("/api/v1/registry/imports?dryRun=true", "template.xlsx", template);
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.json().get("rows").asInt()).isEqualTo(2);
	}

	@Test
	void wrongColumnsWrongEncodingAndGarbageAreRefusedClearly() {
		long before = households();
		Api.Reply columns = registrar().upload("/api/v1/registry/imports?dryRun=false", "x.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
		assertThat(columns.status()).isEqualTo(400);
		assertThat(columns.json().get("errors").get(0).get("message").asString()).contains("BOOK_NUMBER");
		Api.Reply cp1251 = registrar().upload("/api/v1/registry/imports?dryRun=false", "x.csv", book().getBytes(Charset.forName("windows-1251")));
		assertThat(cp1251.status()).isEqualTo(400);
		assertThat(cp1251.json().get("errors").get(0).get("message").asString()).contains("UTF-8");
		Api.Reply binary = registrar().upload("/api/v1/registry/imports?dryRun=false", "x.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0, 9, 9 });
		assertThat(binary.status()).isEqualTo(400);

		StringBuilder garbage = new StringBuilder(HEADER);
		for (int i = 0; i < 100_000; i++) {
			garbage.append("x").append(i).append(",nowhere,,,,,someone,,,,not a date,?,123,,\n");
		}
		Api.Reply lots = registrar().upload("/api/v1/registry/imports?dryRun=false&mode=VALID_ROWS", "garbage.csv",
				garbage.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(lots.status()).as(lots.body()).isEqualTo(200);
		assertThat(lots.json().get("imported").asBoolean()).isFalse();
		assertThat(lots.json().get("problemCount").asInt()).isGreaterThan(100_000);
		assertThat(lots.json().get("problems").size()).isEqualTo(1000);
		assertThat(households()).isEqualTo(before);
	}

	@Test
	void onlyTheRegistryKeeperImports() {
		Api.Reply clerk = new Api(port, Api.demoToken("karool.clerk")).upload("/api/v1/registry/imports", "b.csv", book().getBytes(StandardCharsets.UTF_8));
		assertThat(clerk.status()).isEqualTo(403);
	}

	private Api registrar() {
		return new Api(port, Api.demoToken("karool.registrar"));
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Bishkek"));
	}
}
