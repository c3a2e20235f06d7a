import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.postgresql.PGConnection;

/**
 * Import of 10,000 households (about 46,000 persons) from XLSX through the HTTP API, against the
 * baseline of PostgreSQL's own COPY of the same rows into plain tables.
 * Arguments: base URL, JDBC URL, user, password, municipality code, households.
 */
public class ImportBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String code = args[4];
		int households = Integer.parseInt(args[5]);
		Random random = new Random(7);
		List<String> villages = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
			try (ResultSet rs = db.createStatement().executeQuery(
					"select v.name_ru from village v join municipality m on m.id = v.municipality_id where m.code = '" + code + "'")) {
				while (rs.next()) {
					villages.add(rs.getString(1));
				}
			}
			String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase();
			String[] given = { "Азамат", "Айбек", "Бакыт", "Нурлан", "Эрлан", "Мирлан" };
			String[] female = { "Айгүл", "Бермет", "Жылдыз", "Нургүл", "Чолпон", "Айпери" };
			String[] surnames = { "Асанов", "Токтогулов", "Жумабаев", "Осмонов", "Мамытов", "Касымов" };
			StringBuilder copyHouseholds = new StringBuilder();
			StringBuilder copyPersons = new StringBuilder();
			int persons = 0;
			ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
			try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
				Sheet sheet = book.createSheet("book");
				String[] header = { "BOOK_NUMBER", "VILLAGE", "STREET", "HOUSE", "APARTMENT", "REGISTERED_ON", "RELATION", "SURNAME",
						"GIVEN_NAME", "PATRONYMIC", "BIRTH_DATE", "SEX", "PIN", "CITIZENSHIP", "PHONE" };
				write(sheet.createRow(0), header);
				int r = 1;
				java.util.Map<String, Integer> serials = new java.util.HashMap<>();
				for (int h = 0; h < households; h++) {
					String bookNumber = "I" + run + "-" + h;
					String village = villages.get(random.nextInt(villages.size()));
					String surname = surnames[random.nextInt(surnames.length)];
					int size = 2 + random.nextInt(6);
					copyHouseholds.append(bookNumber).append('\t').append(village).append("\tМанас\t").append(h % 200).append('\n');
					for (int p = 0; p < size; p++) {
						boolean male = p == 0 || (p > 1 && random.nextBoolean());
						LocalDate born = p < 2 ? LocalDate.of(1950 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28))
								: LocalDate.of(1995 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
						String pin = (male ? "2" : "1") + String.format("%02d%02d%04d", born.getDayOfMonth(), born.getMonthValue(), born.getYear())
								+ String.format("%05d", 99000 + serials.merge(born + (male ? "M" : "F"), 1, Integer::sum));
						String relation = p == 0 ? "HEAD" : p == 1 ? "SPOUSE" : male ? "SON" : "DAUGHTER";
						String name = male ? given[random.nextInt(given.length)] : female[random.nextInt(female.length)];
						String[] cells = { bookNumber, village, "Манас", Integer.toString(h % 200), "", p == 0 ? "2015-01-01" : "", relation,
								male ? surname : surname + "а", name, "", born.toString(), male ? "M" : "F", pin, "KGZ", "" };
						write(sheet.createRow(r++), cells);
						copyPersons.append(String.join("\t", bookNumber, relation, cells[7], name, born.toString(), cells[11], pin)).append('\n');
						persons++;
					}
				}
				book.write(xlsx);
			}
			byte[] file = xlsx.toByteArray();
			System.out.printf("file: %d households, %d persons, %.1f MB XLSX%n", households, persons, file.length / 1e6);

			long t0 = System.nanoTime();
			String report = upload(base, "bench-" + code.toLowerCase(), file);
			double api = (System.nanoTime() - t0) / 1e9;
			if (!report.contains("\"imported\":true")) {
				throw new IllegalStateException(report.substring(0, Math.min(600, report.length())));
			}
			System.out.printf("import through the API (parse, check every row, COPY): %.1f s%n", api);

			db.setAutoCommit(false);
			db.createStatement().execute("create temp table bench_household (book text, village text, street text, house text)");
			db.createStatement().execute("create temp table bench_person (book text, relation text, surname text, given text, born date, sex text, pin text)");
			var copy = db.unwrap(PGConnection.class).getCopyAPI();
			long t1 = System.nanoTime();
			copy.copyIn("copy bench_household from stdin", new StringReader(copyHouseholds.toString()));
			copy.copyIn("copy bench_person from stdin", new StringReader(copyPersons.toString()));
			db.commit();
			double bare = (System.nanoTime() - t1) / 1e9;
			System.out.printf("baseline, PostgreSQL COPY of the same rows into plain tables: %.2f s; ratio %.1fx%n", bare, api / bare);
		}
	}

	static void write(Row row, String[] cells) {
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
	}

	static String upload(String base, String token, byte[] file) throws Exception {
		String boundary = "bench" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"book.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/registry/imports?dryRun=false&mode=ALL_OR_NOTHING"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
	}
}
