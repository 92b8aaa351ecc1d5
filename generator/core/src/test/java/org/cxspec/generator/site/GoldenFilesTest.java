package org.cxspec.generator.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

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
		GoldenFolder.assertMatches(GOLDEN.resolve(example + "-" + language), rendered, example);
	}

	@ParameterizedTest
	@CsvSource({ "insurer-claims, en", "sports-engagement, en" })
	void renderingTwiceGivesTheSameBytes(String example, String language) throws Exception {
		Locale locale = Locale.forLanguageTag(language);
		assertEquals(Specs.render(Specs.example(example, locale), locale),
				Specs.render(Specs.example(example, locale), locale));
	}
}
