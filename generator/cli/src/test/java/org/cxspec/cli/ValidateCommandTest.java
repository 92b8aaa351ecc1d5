package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code cxspec validate} as CLI.md fixes it: formats, exit statuses, one model across files. */
class ValidateCommandTest {

	@TempDir
	Path dir;

	private Path clean() {
		return Specs.write(dir, "clean.cxspec", Specs.CLEAN);
	}

	/** A spec with one error (unresolved name), one warning (loose without guardrail) and one info. */
	private Path flawed() {
		return Specs.write(dir, "flawed.cxspec", Specs.CLEAN
				.replace("delivers Fairness", "delivers Fairness, Eas")
				.replace(" within \"No payout promises\"", "")
				+ "partner Glazier \"Glass repair\"\n");
	}

	@Test
	void cleanSpecExitsZeroWithSummary() {
		CliRun run = CliRun.of("validate", clean().toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("No problems in 1 file.\n", run.out());
	}

	@Test
	void textFormatListsOneSortedLinePerFindingThenCounts() {
		CliRun run = CliRun.of("validate", flawed().toString());
		assertEquals(1, run.exit());
		List<String> lines = run.out().lines().toList();
		assertEquals(4, lines.size(), run.out());
		assertTrue(lines.get(0).matches(".*flawed\\.cxspec:14:32: error: No value is named Eas.*\\[unresolved-reference\\]"), lines.get(0));
		assertTrue(lines.get(1).matches(".*flawed\\.cxspec:19:19: warning: Loose freedom \"How you reassure\" has no guardrail.*\\[loose-without-guardrail\\]"), lines.get(1));
		assertTrue(lines.get(2).matches(".*flawed\\.cxspec:23:9: info: The partner Glazier .*\\[role-without-touchpoints\\]"), lines.get(2));
		assertEquals("1 error, 1 warning and 1 info in 1 file.", lines.get(3));
	}

	@Test
	void failOnDecidesTheExitStatus() {
		String flawedWithoutError = Specs.write(dir, "w.cxspec", Specs.CLEAN.replace(" within \"No payout promises\"", "")).toString();
		assertEquals(0, CliRun.of("validate", flawedWithoutError).exit());
		assertEquals(1, CliRun.of("validate", "--fail-on", "warning", flawedWithoutError).exit());
		assertEquals(1, CliRun.of("validate", "--fail-on", "info", flawedWithoutError).exit());
		assertEquals(0, CliRun.of("validate", "--fail-on", "never", flawed().toString()).exit());
		String onlyInfo = Specs.write(dir, "i.cxspec", Specs.CLEAN + "role Idle \"Idle\"\n").toString();
		assertEquals(0, CliRun.of("validate", "--fail-on", "warning", onlyInfo).exit());
		assertEquals(1, CliRun.of("validate", "--fail-on", "info", onlyInfo).exit());
	}

	@Test
	void filesGivenTogetherFormOneModel() {
		String brandAndValues = Specs.CLEAN.substring(0, Specs.CLEAN.indexOf("journey"));
		String journey = Specs.CLEAN.substring(Specs.CLEAN.indexOf("journey"));
		Specs.write(dir, "split/brand.cxspec", brandAndValues);
		Specs.write(dir, "split/journeys/claim.cxspec", journey);
		CliRun folder = CliRun.of("validate", "--fail-on", "info", dir.resolve("split").toString());
		assertEquals(0, folder.exit(), folder.out());
		assertEquals("No problems in 2 files.\n", folder.out());
		CliRun alone = CliRun.of("validate", dir.resolve("split/journeys/claim.cxspec").toString());
		assertEquals(1, alone.exit(), "the journey alone cannot resolve the brand file's names");
	}

	@Test
	void eachFolderCanBeOneSpecOfItsOwn() {
		String examples = System.getProperty("cxspec.examples", "../../examples");
		CliRun together = CliRun.of("validate", examples);
		assertEquals(1, together.exit(), "the examples are four brands: as one model they clash");
		assertTrue(together.out().contains("[multiple-brands]"), together.out());
		CliRun each = CliRun.of("validate", "--each", "--fail-on", "info", examples);
		assertEquals(0, each.exit(), each.out() + each.err());
		assertEquals("No problems in 9 files.\n", each.out());
	}

	@Test
	void jsonFormatIsParseableAndComplete() throws Exception {
		CliRun run = CliRun.of("validate", "--format", "json", flawed().toString());
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals(1, json.get("formatVersion").asInt());
		assertEquals(1, json.get("summary").get("errors").asInt());
		assertTrue(json.get("summary").get("failed").asBoolean());
		JsonNode first = json.get("diagnostics").get(0);
		assertEquals("unresolved-reference", first.get("rule").asText());
		assertEquals(14, first.get("line").asInt());
		assertEquals(32, first.get("column").asInt());
		assertEquals("error", first.get("severity").asText());
		assertTrue(first.get("file").asText().endsWith("flawed.cxspec"));
	}

	@Test
	void junitFormatHasOneCasePerFileAndRule() throws Exception {
		Path second = Specs.write(dir, "more/clean2.cxspec", "// nothing but a comment\n");
		CliRun run = CliRun.of("validate", "--format", "junit", flawed().toString(), second.toString());
		Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
		NodeList suites = xml.getElementsByTagName("testsuite");
		assertEquals(2, suites.getLength());
		int rules = org.cxspec.rules.Rule.values().length;
		assertEquals(rules, ((Element) suites.item(0)).getElementsByTagName("testcase").getLength());
		NodeList failures = xml.getElementsByTagName("failure");
		assertEquals(1, failures.getLength(), "only the error fails at the default --fail-on error");
		assertEquals("unresolved-reference", ((Element) failures.item(0)).getAttribute("type"));
		assertEquals(2, xml.getElementsByTagName("system-out").getLength(), "the warning and the info are reported, not failed");
	}

	@Test
	void githubFormatWritesWorkflowCommands() {
		CliRun run = CliRun.of("validate", "--format", "github", flawed().toString());
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.get(0).matches("::error file=.*flawed\\.cxspec,line=14,col=32,endLine=14,endColumn=35,title=cxspec unresolved-reference::No value is named Eas.*"), lines.get(0));
		assertTrue(lines.get(1).startsWith("::warning file="), lines.get(1));
		assertTrue(lines.get(2).startsWith("::notice file="), lines.get(2));
	}

	@Test
	void outputGoesToTheFileAndNeverOverASpec() throws Exception {
		Path report = dir.resolve("reports/findings.json");
		CliRun run = CliRun.of("validate", "--format", "json", "--output", report.toString(), flawed().toString());
		assertEquals(1, run.exit());
		assertEquals("", run.out());
		assertTrue(Files.readString(report).contains("\"unresolved-reference\""));
		Path spec = clean();
		String before = Files.readString(spec);
		CliRun refused = CliRun.of("validate", "--output", spec.toString(), spec.toString());
		assertEquals(2, refused.exit());
		assertTrue(refused.err().contains("refusing to write a report over a .cxspec file"), refused.err());
		assertEquals(before, Files.readString(spec));
	}

	@Test
	void explainAddsWhyUnderEachFinding() {
		CliRun run = CliRun.of("validate", "--explain", flawed().toString());
		assertTrue(run.out().contains("    why: Loose does not mean anything goes."), run.out());
	}

	@Test
	void usageErrorsExitTwoWithoutStackTrace() {
		CliRun unknownFormat = CliRun.of("validate", "--format", "pdf", clean().toString());
		assertEquals(2, unknownFormat.exit());
		assertTrue(unknownFormat.err().contains("unknown format 'pdf'"), unknownFormat.err());
		CliRun noPath = CliRun.of("validate");
		assertEquals(2, noPath.exit());
		CliRun badSeverity = CliRun.of("validate", "--fail-on", "fatal", clean().toString());
		assertEquals(2, badSeverity.exit());
		assertTrue(badSeverity.err().contains("unknown severity 'fatal'"), badSeverity.err());
		assertFalse(unknownFormat.printedStackTrace() || noPath.printedStackTrace() || badSeverity.printedStackTrace());
	}
}
