package org.cxspec.generator.findings;

import java.nio.file.Path;
import java.util.List;

import org.cxspec.load.Finding;
import org.eclipse.xtext.diagnostics.Severity;

/**
 * What one validation run found, in reading order, with the files it checked, the severity at
 * which the run fails (so a JUnit report and the exit status agree) and, when one is written
 * alongside, the SARIF file holding every finding (where the GitHub format points when it cannot
 * annotate them all).
 */
public record FindingsReport(List<Path> files, List<Finding> findings, Severity failOn, String sarifFile) {

	public FindingsReport {
		files = List.copyOf(files);
		findings = findings.stream().sorted(Finding.READING_ORDER).toList();
	}

	public FindingsReport(List<Path> files, List<Finding> findings, Severity failOn) {
		this(files, findings, failOn, null);
	}

	public long count(Severity severity) {
		return findings.stream().filter(finding -> finding.severity() == severity).count();
	}

	/** Whether the run fails: some finding at or above {@code failOn} (never, when failOn is IGNORE). */
	public boolean fails() {
		return failOn != Severity.IGNORE && findings.stream().anyMatch(finding -> finding.isAtLeast(failOn));
	}

	/** "2 errors, 1 warning and 3 infos in 4 files" or "No problems in 4 files". */
	public String summary() {
		long errors = count(Severity.ERROR);
		long warnings = count(Severity.WARNING);
		long infos = count(Severity.INFO);
		String where = " in " + plural(files.size(), "file");
		if (errors + warnings + infos == 0) {
			return "No problems" + where + ".";
		}
		return plural(errors, "error") + ", " + plural(warnings, "warning") + " and " + plural(infos, "info") + where + ".";
	}

	static String plural(long count, String word) {
		return count + " " + word + (count == 1 ? "" : "s");
	}
}
