package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The github format within GitHub's annotation limit; SARIF fingerprints that survive moved lines. */
class GithubAndSarifTest {

	@TempDir
	Path project;

	private Path specWithValues(int count, String prefix) throws IOException {
		StringBuilder spec = new StringBuilder(prefix + "value Lonely \"Lonely\"\n"); // count + 1 warnings, 1 error (at the end)
		spec.insert(0, "brand Acme \"Acme\" { promise \"We fix it.\" differentiates from \"queues\" }\n");
		for (int i = 1; i < count; i++) {
			spec.append("value V").append(i).append(" \"Value ").append(i).append("\" drives retention\n");
		}
		spec.append("closed loop Letters \"Complaint letters\" { when \"a letter arrives\" respond within 12 hours }\n");
		return Files.writeString(project.resolve("acme.cxspec"), spec);
	}

	@Test
	void atMostTenAnnotationsOfEachKindMostSevereFirstThenASummaryPointingToTheSarifFile() throws IOException {
		Path spec = specWithValues(12, "");
		Path sarif = project.resolve("cxspec.sarif");
		CliRun run = CliRun.of("validate", "--format", "github", "--sarif", sarif.toString(), spec.toString());
		List<String> lines = run.out().lines().toList();
		assertEquals(10, lines.stream().filter(line -> line.startsWith("::warning ")).count(), run.out());
		assertEquals(0, lines.stream().filter(line -> line.startsWith("::notice ")).count(), run.out());
		assertTrue(run.out().contains("3 more findings not annotated (GitHub shows 10 of each kind per step): listed above;"
				+ " every finding is in " + sarif), run.out());
		assertTrue(lines.stream().anyMatch(line -> line.matches(".*acme\\.cxspec:\\d+:\\d+: warning: .*")), run.out());
		assertTrue(Files.readString(sarif).contains("\"version\": \"2.1.0\""));
		assertTrue(lines.get(0).startsWith("::error ") && lines.get(0).contains("Closed loop Letters"), run.out());
		assertTrue(lines.get(1).startsWith("::warning ") && lines.get(1).contains("Lonely"), run.out());
	}

	@Test
	void withFewFindingsEveryOneIsAnnotatedAndTheSarifCopyIsNeverWrittenOverASpec() throws IOException {
		Path spec = specWithValues(2, "");
		CliRun run = CliRun.of("validate", "--format", "github", spec.toString());
		assertEquals(4, run.out().lines().filter(line -> line.startsWith("::")).count(), run.out());
		assertTrue(!run.out().contains("not annotated"), run.out());
		String before = Files.readString(spec);
		CliRun refused = CliRun.of("validate", "--sarif", spec.toString(), spec.toString());
		assertEquals(Main.BAD_INPUT, refused.exit());
		assertTrue(refused.err().contains("(--sarif)"), refused.err());
		assertEquals(before, Files.readString(spec));
	}

	@Test
	void sarifFingerprintsDoNotChangeWhenLinesMove() throws IOException {
		Path spec = specWithValues(3, "");
		String before = fingerprints(CliRun.of("validate", "--format", "sarif", spec.toString()).out());
		specWithValues(3, "// moved\n\n\n");
		String after = fingerprints(CliRun.of("validate", "--format", "sarif", spec.toString()).out());
		assertEquals(before, after);
		assertTrue(before.split("\n").length >= 4, before);
	}

	private static String fingerprints(String sarif) {
		Matcher matcher = Pattern.compile("\"cxspecFinding/v1\": \"([^\"]+)\"").matcher(sarif);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			out.append(matcher.group(1)).append('\n');
		}
		return out.toString();
	}
}
