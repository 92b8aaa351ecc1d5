package org.cxspec.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.load.Finding;

/**
 * The findings a change introduces and those it fixes: matched by severity, rule and message
 * (which names the element), never by file or line, so moving text or splitting a file changes
 * nothing; a finding that occurs more often after than before counts as introduced once more.
 */
final class FindingDiff {

	private FindingDiff() {
	}

	static List<FindingChange> onlyIn(Snapshot side, Snapshot other) {
		Map<String, Integer> remaining = new HashMap<>();
		for (Finding finding : other.findings()) {
			remaining.merge(key(finding), 1, Integer::sum);
		}
		List<FindingChange> only = new ArrayList<>();
		for (Finding finding : side.findings()) {
			String key = key(finding);
			int left = remaining.getOrDefault(key, 0);
			if (left > 0) {
				remaining.put(key, left - 1);
			} else {
				only.add(new FindingChange(finding.severityWord(), finding.ruleId(), finding.message(), side.shown(finding.file()),
						finding.line()));
			}
		}
		return only;
	}

	private static String key(Finding finding) {
		return finding.severityWord() + "\u0000" + finding.ruleId() + "\u0000" + finding.message();
	}
}
