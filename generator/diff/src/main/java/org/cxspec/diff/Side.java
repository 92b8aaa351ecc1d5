package org.cxspec.diff;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.Locations;

/**
 * One version of a spec, loaded and fully checked: {@code label} as the user named it
 * ("main:specs/", "specs/"), and for a git revision how each loaded file is shown
 * ("main:specs/brand.cxspec"), since it exists nowhere on disk.
 */
public record Side(String label, LoadedSpec spec, List<Finding> findings, Map<Path, String> shownFiles) {

	/** The file as the user should see it in a message. */
	public String shown(Path file) {
		String shown = shownFiles.get(file);
		return shown != null ? shown : Locations.display(file);
	}

	/** What the comparison needs of this version; the loaded model can be let go afterwards. */
	public Snapshot snapshot() {
		return Snapshots.of(label, spec, findings, shownFiles);
	}

	/** The syntax errors that make this version unusable for comparison, if any. */
	public List<Finding> syntaxErrors() {
		return findings.stream().filter(finding -> "syntax-error".equals(finding.ruleId())).toList();
	}

	/** A finding as {@code validate} prints it, with the file shown as the user named the side. */
	public String line(Finding finding) {
		return shown(finding.file()) + ":" + finding.line() + ":" + finding.column() + ": " + finding.severityWord() + ": "
				+ finding.message() + " [" + finding.ruleId() + "]";
	}
}
