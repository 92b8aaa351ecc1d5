package org.cxspec.generator.findings;

import org.cxspec.load.Finding;

/** GitHub Actions workflow commands: annotations on the pull request's changed lines. */
final class GithubFindings implements FindingsFormat.Renderer {

	@Override
	public String render(FindingsReport report) {
		StringBuilder out = new StringBuilder();
		for (Finding finding : report.findings()) {
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
		return out.append(report.summary()).append('\n').toString();
	}

	private static String command(Finding finding) {
		return switch (finding.severity()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> "notice";
		};
	}

	static String data(String value) {
		return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
	}

	static String property(String value) {
		return data(value).replace(":", "%3A").replace(",", "%2C");
	}
}
