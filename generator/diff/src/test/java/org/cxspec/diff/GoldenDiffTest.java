package org.cxspec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Diffs between a shipped example and a later version of it (src/test/resources/versions), in
 * every format, against golden files. The versions cover every kind of change: a renamed value
 * and touchpoint, reworded standards and promise, a freedom turned standard and back, a moved
 * touchpoint, new staffing, tightened and changed guardrails, a withdrawn standard, a follow-up
 * with a new owner and response time, a changed rhythm and goal, a new role, and a file split in
 * two with a change in one half. After an intended change, refresh them with
 * {@code ./mvnw -B -q -pl generator/diff -am verify -Dgolden.update=true -Dtest=GoldenDiffTest -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the difference.
 */
class GoldenDiffTest {

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	@ParameterizedTest
	@CsvSource({ "insurer-claims, insurer-claims-v2, en, text", "insurer-claims, insurer-claims-v2, en, markdown",
			"insurer-claims, insurer-claims-v2, en, json", "energie-cocreatie, energie-cocreatie-v2, nl, text",
			"energie-cocreatie, energie-cocreatie-v2, nl, markdown", "sports-engagement, sports-engagement-v2, en, text" })
	void diffMatchesItsGoldenFile(String example, String version, String lang, String format) throws Exception {
		SpecDiff diff = Differ.get().diff("../../examples/" + example, "src/test/resources/versions/" + version,
				Locale.forLanguageTag(lang));
		DiffFormat diffFormat = DiffFormat.valueOf(format.toUpperCase(Locale.ROOT));
		String rendered = diffFormat.render(diff);
		Path golden = GOLDEN.resolve(version + "." + lang + "." + (format.equals("markdown") ? "md" : format.equals("text") ? "txt" : "json"));
		if (Boolean.getBoolean("golden.update")) {
			Files.createDirectories(GOLDEN);
			Files.writeString(golden, rendered, StandardCharsets.UTF_8);
		}
		assertTrue(Files.isRegularFile(golden), "no golden file " + golden + ": run with -Dgolden.update=true");
		assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered, golden + " differs");
	}
}
