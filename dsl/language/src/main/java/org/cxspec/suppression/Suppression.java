package org.cxspec.suppression;

import java.util.List;

/**
 * One {@code // cxspec-ignore rule-id, other-id: reason} comment: where it is (1-based line and
 * column, 0-based offset and length of the comment), the rule ids it names, its reason (empty
 * when none is given) and the line of the element it applies to (0 when no element follows
 * directly).
 */
public record Suppression(int line, int column, int offset, int length, List<String> ruleIds, String reason, int targetLine) {

	public Suppression {
		ruleIds = List.copyOf(ruleIds);
	}

	public boolean hasReason() {
		return !reason.isBlank();
	}
}
