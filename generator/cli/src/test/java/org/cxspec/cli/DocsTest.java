package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxspec.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * The rule tables of the README and docs/RESULTS.md against the Rule enum, the one source of
 * rule ids, default severities, titles and explanations; the README's results excerpt against
 * what `cxspec results` prints today. After an intended change to the rules, refresh the docs'
 * table with {@code -Ddocs.update=true}.
 */
class DocsTest {

	private static final Path ROOT = Path.of(System.getProperty("cxspec.examples", "../../examples")).toAbsolutePath().getParent();
	private static final Path README = ROOT.resolve("README.md");
	private static final Path RESULTS_DOC = ROOT.resolve("docs/RESULTS.md");
	private static final String START = "<!-- rules:results -->";
	private static final String END = "<!-- /rules:results -->";

	@Test
	void theReadmeListsEveryRuleAsTheRuleEnumHasIt() throws IOException {
		Map<String, String[]> rows = new LinkedHashMap<>();
		Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (error|warning|info) \\| (.*) \\|$").matcher(Files.readString(README));
		while (row.find()) {
			rows.put(row.group(1), new String[] { row.group(2), row.group(3) });
		}
		List<String> problems = new ArrayList<>();
		for (Rule rule : Rule.values()) {
			String[] written = rows.remove(rule.id());
			if (written == null) {
				problems.add(rule.id() + " is missing from the README's rules table");
			} else if (!written[0].equals(severity(rule)) || !written[1].startsWith(rule.title())) {
				problems.add(rule.id() + ": the README says '" + written[0] + " | " + written[1] + "', the rule '" + severity(rule)
						+ " | " + rule.title() + "'");
			}
		}
		rows.keySet().forEach(id -> problems.add(id + " is in the README's rules table but is no rule"));
		assertEquals(List.of(), problems);
	}

	@Test
	void theResultsRulesInTheDocsAreMadeFromTheRuleEnum() throws IOException {
		String doc = Files.readString(RESULTS_DOC, StandardCharsets.UTF_8);
		int start = doc.indexOf(START) + START.length();
		int end = doc.indexOf(END);
		assertTrue(start > START.length() && end > start, "docs/RESULTS.md lost its table markers");
		String table = "\n| rule id | default | what it flags | why it matters |\n| --- | --- | --- | --- |\n"
				+ String.join("", Arrays.stream(Rule.values())
						.filter(rule -> rule.concern() == Rule.Concern.RESULTS || rule == Rule.TARGET_UNREACHABLE)
						.map(rule -> "| `" + rule.id() + "` | " + severity(rule) + " | " + rule.title() + " | " + rule.explanation() + " |\n")
						.toList());
		if (Boolean.getBoolean("docs.update")) {
			Files.writeString(RESULTS_DOC, doc.substring(0, start) + table + doc.substring(end), StandardCharsets.UTF_8);
			return;
		}
		assertEquals(table, doc.substring(start, end), "docs/RESULTS.md: refresh its table with -Ddocs.update=true");
	}

	@Test
	void theReadmesScorecardAndFollowUpsAreWhatTheToolPrintsToday() throws IOException {
		String readme = Files.readString(README);
		int from = readme.indexOf("From the insurer example");
		int open = readme.indexOf("```text\n", from) + "```text\n".length();
		String excerpt = readme.substring(open, readme.indexOf("```", open));
		CliRun run = CliRun.of("results", "--now", "2026-11-30T18:00Z", "--responses",
				ROOT.resolve("examples/insurer-claims/responses.csv").toString(), ROOT.resolve("examples/insurer-claims").toString());
		assertEquals(0, run.exit(), run.err());
		String printed = run.out().replace(ROOT.toString() + "/", "").replace("../../examples/", "examples/");
		int at = 0;
		for (String line : excerpt.lines().toList()) {
			if (line.strip().equals("...")) {
				continue;
			}
			int found = printed.indexOf(line + "\n", at);
			assertTrue(found >= 0, "the README shows a line `cxspec results` no longer prints (in this order):\n" + line);
			at = found + line.length();
		}
	}

	private static String severity(Rule rule) {
		return switch (rule.defaultSeverity()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> "info";
		};
	}
}
