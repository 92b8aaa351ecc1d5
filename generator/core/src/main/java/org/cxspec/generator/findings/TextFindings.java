package org.cxspec.generator.findings;

import org.cxspec.load.Finding;

/** {@code file:line:column: severity: message [rule-id]}, one per line, then a summary. */
final class TextFindings implements FindingsFormat.Renderer {

	@Override
	public String render(FindingsReport report) {
		StringBuilder out = new StringBuilder();
		for (Finding finding : report.findings()) {
			out.append(line(finding)).append('\n');
		}
		return out.append(report.summary()).append('\n').toString();
	}

	static String line(Finding finding) {
		return TerminalText.escape(finding.displayPath()) + ":" + finding.line() + ":" + finding.column() + ": "
				+ finding.severityWord() + ": " + TerminalText.escape(finding.message()) + " [" + finding.ruleId() + "]";
	}
}
