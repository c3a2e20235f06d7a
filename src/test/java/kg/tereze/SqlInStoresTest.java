package kg.tereze;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL lives in a module's internal stores: no class at a module's root or in its web package holds a
 * connection to the database. The exceptions are named with their reason.
 */
class SqlInStoresTest {

	static final Map<String, String> EXCEPTIONS = Map.of(
			"ledger/BulkCharges.java", "the ledger's set-based write contract: a staging table the caller fills with its own SQL",
			"ledger/Ledger.java", "hands its connection to the BulkCharges it opens");

	@Test
	void onlyInternalClassesTalkToTheDatabase() throws IOException {
		Path root = Path.of("src/main/java/kg/tereze");
		List<String> outside;
		try (Stream<Path> files = Files.walk(root)) {
			outside = files.filter(p -> p.toString().endsWith(".java"))
				.filter(p -> !root.relativize(p).toString().contains("/internal/"))
				.filter(p -> {
					try {
						String s = Files.readString(p);
						return s.contains("JdbcClient") || s.contains("JdbcTemplate") || s.contains("DataSource;");
					}
					catch (IOException e) {
						throw new IllegalStateException(e);
					}
				})
				.map(p -> root.relativize(p).toString())
				.filter(p -> !EXCEPTIONS.containsKey(p))
				.sorted().toList();
		}
		assertThat(outside).isEmpty();
	}
}
