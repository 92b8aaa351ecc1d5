package org.cxspec.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example opened as a workspace folder in the editor: no diagnostic at all, as {@code cxspec validate} says. */
class ExamplesTest {

	static Stream<Path> examples() throws IOException {
		try (Stream<Path> folders = Files.list(Path.of("../../examples").toAbsolutePath().normalize())) {
			return folders.filter(Files::isDirectory).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleIsCleanInTheEditor(Path example) throws Exception {
		List<Path> specs;
		try (Stream<Path> files = Files.walk(example)) {
			specs = files.filter(file -> file.toString().endsWith(".cxspec")).toList();
		}
		assertTrue(!specs.isEmpty(), example + " has no spec");
		try (LanguageServerHarness client = new LanguageServerHarness(example)) {
			client.initialize();
			for (Path spec : specs) {
				String file = example.relativize(spec).toString();
				assertEquals(List.of(), client.awaitDiagnostics(file, found -> true, "diagnostics"), file);
			}
		}
	}
}
