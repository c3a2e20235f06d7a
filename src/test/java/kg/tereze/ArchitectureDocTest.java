package kg.tereze;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module table of docs/ARCHITECTURE.md says what each module's root package holds, type by type,
 * and the code holds exactly that: a newcomer can trust it, and a type moved to or from a module's
 * API shows up here.
 */
class ArchitectureDocTest {

	static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| .* \\| (.*) \\|$", Pattern.MULTILINE);

	static final Pattern TYPE = Pattern.compile("`([A-Z]\\w*)`");

	@Test
	void theModuleTableListsEveryModulesRootTypesAndNoOthers() throws IOException {
		Map<String, Set<String>> documented = new TreeMap<>();
		Matcher row = ROW.matcher(Files.readString(Path.of("docs/ARCHITECTURE.md")));
		while (row.find()) {
			Set<String> types = new TreeSet<>();
			Matcher t = TYPE.matcher(row.group(2));
			while (t.find()) {
				types.add(t.group(1));
			}
			documented.put(row.group(1), types);
		}
		Map<String, Set<String>> actual = new TreeMap<>();
		try (Stream<Path> modules = Files.list(Path.of("src/main/java/kg/tereze"))) {
			for (Path module : modules.filter(Files::isDirectory).toList()) {
				try (Stream<Path> files = Files.list(module)) {
					actual.put(module.getFileName().toString(), files.map(f -> f.getFileName().toString())
						.filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
						.map(n -> n.substring(0, n.length() - 5)).collect(Collectors.toCollection(TreeSet::new)));
				}
			}
		}
		assertThat(documented).isEqualTo(actual);
	}
}
