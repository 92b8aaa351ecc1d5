package org.cxspec.generator.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every document of two shipped examples (and the Dutch one in Dutch) against the files kept
 * under src/test/resources/golden. After an intended change, refresh them with
 * {@code ./mvnw -B -q -pl generator/core -am verify -Dgolden.update=true -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false}
 * and review the diff before committing.
 */
class GoldenFilesTest {

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	@ParameterizedTest
	@CsvSource({ "insurer-claims, en", "sports-engagement, en", "energie-cocreatie, nl" })
	void everyDocumentMatchesItsGoldenFile(String example, String language) throws Exception {
		Locale locale = Locale.forLanguageTag(language);
		Map<String, String> rendered = Specs.render(Specs.example(example, locale), locale);
		Path folder = GOLDEN.resolve(example + "-" + language);
		if (Boolean.getBoolean("golden.update")) {
			refresh(folder, rendered);
			return;
		}
		assertTrue(Files.isDirectory(folder), "no golden files in " + folder + ": run with -Dgolden.update=true");
		assertEquals(new TreeSet<>(files(folder)), new TreeSet<>(rendered.keySet()), "the set of documents changed");
		for (Map.Entry<String, String> document : rendered.entrySet()) {
			String golden = Files.readString(folder.resolve(document.getKey()), StandardCharsets.UTF_8);
			assertEquals(golden, document.getValue(), example + "/" + document.getKey() + " differs from its golden file");
		}
	}

	@ParameterizedTest
	@CsvSource({ "insurer-claims, en", "sports-engagement, en" })
	void renderingTwiceGivesTheSameBytes(String example, String language) throws Exception {
		Locale locale = Locale.forLanguageTag(language);
		assertEquals(Specs.render(Specs.example(example, locale), locale),
				Specs.render(Specs.example(example, locale), locale));
	}

	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/'))
					.toList();
		}
	}

	private static void refresh(Path folder, Map<String, String> rendered) throws IOException {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		for (Map.Entry<String, String> document : rendered.entrySet()) {
			Path file = folder.resolve(document.getKey());
			Files.createDirectories(file.getParent());
			Files.writeString(file, document.getValue(), StandardCharsets.UTF_8);
		}
	}
}
