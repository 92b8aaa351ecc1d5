package org.cxspec.generator.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cxspec.load.Finding;
import org.eclipse.xtext.diagnostics.Severity;

/**
 * GitHub Actions workflow commands: annotations on the pull request's changed lines. GitHub
 * shows at most {@value #PER_KIND} annotations of each kind per step, so the most severe are
 * annotated first (in reading order within a severity); the rest are printed as plain lines, and
 * a closing line says how many were not annotated and where the complete SARIF report is.
 */
final class GithubFindings implements FindingsFormat.Renderer {

	static final int PER_KIND = 10;

	@Override
	public String render(FindingsReport report) {
		StringBuilder out = new StringBuilder();
		List<Finding> mostSevereFirst = new ArrayList<>(report.findings());
		mostSevereFirst.sort(Comparator.comparingInt((Finding finding) -> -Finding.rank(finding.severity()))
				.thenComparing(Finding.READING_ORDER));
		Map<Severity, Integer> annotated = new EnumMap<>(Severity.class);
		List<Finding> notAnnotated = new ArrayList<>();
		for (Finding finding : mostSevereFirst) {
			Severity kind = kind(finding);
			if (annotated.getOrDefault(kind, 0) < PER_KIND) {
				annotated.merge(kind, 1, Integer::sum);
				annotate(finding, out);
			} else {
				notAnnotated.add(finding);
			}
		}
		for (Finding finding : notAnnotated) {
			out.append(TextFindings.line(finding)).append('\n');
		}
		if (!notAnnotated.isEmpty()) {
			out.append(FindingsReport.plural(notAnnotated.size(), "more finding")).append(" not annotated (GitHub shows ")
					.append(PER_KIND).append(" of each kind per step): listed above")
					.append(report.sarifFile() == null ? "; write a SARIF report too (--sarif FILE) and upload it to code scanning"
							: "; every finding is in " + report.sarifFile())
					.append(".\n");
		}
		return out.append(report.summary()).append('\n').toString();
	}

	private static void annotate(Finding finding, StringBuilder out) {
		out.append("::").append(command(finding))
				.append(" file=").append(property(finding.displayPath()))
				.append(",line=").append(finding.line())
				.append(",col=").append(finding.column())
				.append(",endLine=").append(finding.endLine())
				.append(",endColumn=").append(finding.endColumn())
				.append(",title=").append(property("cxspec " + finding.ruleId()))
				.append("::").append(data(finding.message()))
				.append('\n');
	}

	private static Severity kind(Finding finding) {
		return switch (finding.severity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
	}

	private static String command(Finding finding) {
		return switch (finding.severity()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> "notice";
		};
	}

	/** GitHub's own escapes for line breaks; every other control or bidi character is shown, never sent raw. */
	static String data(String value) {
		String escaped = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
		return TerminalText.escape(escaped);
	}

	static String property(String value) {
		return data(value).replace(":", "%3A").replace(",", "%2C");
	}
}
