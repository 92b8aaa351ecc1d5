package org.cxspec.eclipse.server;

/** How a finding's rule id shows in Eclipse: after the message, as {@code cxspec validate} prints it. */
public final class RuleIdInMessage {

	private RuleIdInMessage() {
	}

	public static String append(String message, String ruleId) {
		if (ruleId == null || ruleId.isBlank()) {
			return message;
		}
		String suffix = " [" + ruleId + "]";
		return message.endsWith(suffix) ? message : message + suffix;
	}
}
