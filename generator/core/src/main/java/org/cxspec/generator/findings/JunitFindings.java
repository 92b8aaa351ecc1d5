package org.cxspec.generator.findings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cxspec.load.Finding;
import org.cxspec.load.Locations;
import org.cxspec.rules.Rule;

/**
 * JUnit XML, as CI servers display it: one test suite per file, one test case per rule; a
 * case fails when the rule found something at or above the failing severity, and lists
 * lesser findings as output.
 */
final class JunitFindings implements FindingsFormat.Renderer {

	@Override
	public String render(FindingsReport report) {
		Map<String, List<Finding>> byFile = report.findings().stream()
				.collect(Collectors.groupingBy(Finding::displayPath, TreeMap::new, Collectors.toList()));
		StringBuilder suites = new StringBuilder();
		int allTests = 0;
		int allFailures = 0;
		for (Path file : report.files()) {
			String name = Locations.display(file);
			List<Finding> inFile = byFile.getOrDefault(name, List.of());
			StringBuilder cases = new StringBuilder();
			int failures = 0;
			for (Rule rule : Rule.values()) {
				List<Finding> found = inFile.stream().filter(finding -> finding.ruleId().equals(rule.id())).toList();
				boolean failed = found.stream().anyMatch(finding -> report.failOn() != org.eclipse.xtext.diagnostics.Severity.IGNORE
						&& finding.isAtLeast(report.failOn()));
				failures += failed ? 1 : 0;
				cases.append(testCase(name, rule, found, failed));
			}
			allTests += Rule.values().length;
			allFailures += failures;
			suites.append("  <testsuite name=\"").append(Xml.attr(name)).append("\" tests=\"").append(Rule.values().length)
					.append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n")
					.append(cases).append("  </testsuite>\n");
		}
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"cxspec\" tests=\"" + allTests + "\" failures=\""
				+ allFailures + "\" errors=\"0\">\n" + suites + "</testsuites>\n";
	}

	private static String testCase(String file, Rule rule, List<Finding> found, boolean failed) {
		StringBuilder out = new StringBuilder("    <testcase classname=\"").append(Xml.attr(file)).append("\" name=\"")
				.append(rule.id()).append("\"");
		if (found.isEmpty()) {
			return out.append("/>\n").toString();
		}
		out.append(">\n");
		String details = found.stream().map(TextFindings::line).collect(Collectors.joining("\n"));
		if (failed) {
			out.append("      <failure message=\"").append(Xml.attr(found.get(0).message())).append("\" type=\"")
					.append(rule.id()).append("\">").append(Xml.text(details + "\n\n" + rule.explanation())).append("</failure>\n");
		} else {
			out.append("      <system-out>").append(Xml.text(details)).append("</system-out>\n");
		}
		return out.append("    </testcase>\n").toString();
	}
}
