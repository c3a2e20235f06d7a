package kg.tereze.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word on screen exists in Kyrgyz, Russian and English. */
class MessageBundlesTest {

	private static final Path I18N = Path.of("src/main/resources/i18n");

	@ParameterizedTest
	@MethodSource("bundles")
	void everyKeyIsTranslatedIntoEveryLanguage(String bundle) throws IOException {
		Set<String> english = keys(bundle + ".properties");
		assertThat(keys(bundle + "_ru.properties")).containsExactlyInAnyOrderElementsOf(english);
		assertThat(keys(bundle + "_ky.properties")).containsExactlyInAnyOrderElementsOf(english);
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void everyKeyStartsWithItsModulesName(String bundle) throws IOException {
		assertThat(keys(bundle + ".properties")).allMatch(k -> k.startsWith(bundle + "."), "starts with " + bundle + ".");
	}

	/** The bundles the application reads, as application.properties names them. */
	static List<String> bundles() throws IOException {
		Properties app = new Properties();
		try (var in = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
			app.load(in);
		}
		return Stream.of(app.getProperty("spring.messages.basename").split(",")).map(b -> b.strip().replace("i18n/", "")).toList();
	}

	@Test
	void everyLiteralKeyInTheTemplatesExists() throws IOException {
		Set<String> all = new HashSet<>();
		for (String bundle : bundles()) {
			all.addAll(keys(bundle + ".properties"));
		}
		Pattern literal = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = literal.matcher(Files.readString(template));
				while (m.find()) {
					assertThat(all).as(template + " uses " + m.group(1)).contains(m.group(1));
				}
			}
		}
	}

	private static Set<String> keys(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(Files.newInputStream(I18N.resolve(file)), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties.stringPropertyNames();
	}
}
