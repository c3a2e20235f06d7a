package kg.tereze;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Modules use only each other's public API, without cycles; the module diagram in docs/ is written from the code. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TerezeApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("shared", "municipality", "identity", "audit", "web");
	}

	@Test
	void writesTheModuleDiagram() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		sortRelations(Path.of("docs/modules"));
	}

	/** The generator lists relations in no fixed order; sorted, the committed diagrams change only when the modules do. */
	private static void sortRelations(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(file);
				List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
				List<String> out = new ArrayList<>();
				int next = 0;
				for (String line : lines) {
					out.add(line.startsWith("Rel(") ? relations.get(next++) : line);
				}
				Files.write(file, out);
			}
		}
	}
}
