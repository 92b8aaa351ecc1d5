package org.cxspec.load;

import java.nio.file.Path;
import java.util.Comparator;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * One diagnostic of a spec, independent of Xtext: where (1-based line and column, end
 * exclusive), how severe, which rule, and the message. What every output format renders.
 */
public record Finding(Path file, int line, int column, int endLine, int endColumn, int offset, int length,
		Severity severity, String ruleId, String message) {

	/** By file, then position, then rule: the order users read diagnostics in. */
	public static final Comparator<Finding> READING_ORDER = Comparator
			.comparing((Finding finding) -> Locations.display(finding.file()))
			.thenComparingInt(Finding::line)
			.thenComparingInt(Finding::column)
			.thenComparing(Finding::ruleId)
			.thenComparing(Finding::message);

	/** The file as users see it: relative to the working directory, with '/'. */
	public String displayPath() {
		return Locations.display(file);
	}

	/** "error", "warning" or "info". */
	public String severityWord() {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> "info";
		};
	}

	public boolean isAtLeast(Severity threshold) {
		return rank(severity) >= rank(threshold);
	}

	/** ERROR > WARNING > INFO; IGNORE below everything. */
	public static int rank(Severity severity) {
		return switch (severity) {
		case ERROR -> 3;
		case WARNING -> 2;
		case INFO -> 1;
		default -> 0;
		};
	}
}
