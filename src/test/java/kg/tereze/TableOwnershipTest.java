package kg.tereze;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No module reads or writes another's tables. A table belongs to the module whose migrations create
 * it (so tables without a module prefix, such as {@code household} or {@code payment}, are listed by
 * where they are created, not by their names); a view a module creates is its published read
 * contract, which others may read. The SQL in every module's sources is searched for the tables it
 * names after FROM, JOIN, INTO, UPDATE and TABLE.
 */
class TableOwnershipTest {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	static final Path SOURCES = Path.of("src/main/java/kg/tereze");

	static final Pattern CREATE = Pattern.compile("(?i)create\\s+(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");

	/** Who may name another module's table, and why. */
	static final Map<String, String> ALLOWED = Map.of();

	record Owned(String module, boolean view) {
	}

	static Map<String, Owned> owners() throws IOException {
		Map<String, Owned> owners = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MIGRATIONS)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
				String module = MIGRATIONS.relativize(f).getName(0).toString();
				Matcher m = CREATE.matcher(Files.readString(f));
				while (m.find()) {
					owners.put(m.group(2).toLowerCase(), new Owned(module, m.group(1).equalsIgnoreCase("view")));
				}
			}
		}
		return owners;
	}

	@Test
	void everyTableHasOneOwnerAndTheTablesWithoutAPrefixAreListedByIt() throws IOException {
		Map<String, Owned> owners = owners();
		assertThat(owners).containsKeys("household", "person", "payer_account", "payment", "refund", "certificate", "staff_user");
		assertThat(owners.get("household").module()).isEqualTo("registry");
		assertThat(owners.get("payment").module()).isEqualTo("payments");
		assertThat(owners.get("staff_user").module()).isEqualTo("identity");
	}

	@Test
	void noModuleNamesAnotherModulesTable() throws IOException {
		Map<String, Owned> owners = owners();
		List<String> crossings = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.relativize(f);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String module = relative.getName(0).toString();
				Matcher m = NAMED.matcher(Files.readString(f));
				while (m.find()) {
					Owned owner = owners.get(m.group(1).toLowerCase());
					if (owner == null || owner.module().equals(module) || owner.view()
							|| ALLOWED.containsKey(module + ":" + m.group(1).toLowerCase())) {
						continue;
					}
					crossings.add(relative + " names " + m.group(1) + " of " + owner.module());
				}
			}
		}
		assertThat(crossings).isEmpty();
	}
}
