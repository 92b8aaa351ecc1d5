package org.cxspec.results;

/**
 * Why a row of an export was not used. The text is what the command line and the JSON output
 * say; the staff documents say it in the reader's language (label {@code measured.rejected.KEY}).
 */
public enum RejectReason {
	NO_METRIC("no metric"), UNKNOWN_METRIC("names no metric of the spec"), UNPARSABLE_DATE("unparsable date"),
	NO_SCORE("no score"), SCORE_NOT_A_NUMBER("score not a number"), SCORE_OUTSIDE_THE_SCALE("score outside the scale"),
	TOO_FEW_FIELDS("too few fields"), TOO_MANY_FIELDS("too many fields");

	private final String text;

	RejectReason(String text) {
		this.text = text;
	}

	public String text() {
		return text;
	}

	/** The label key's last part: the text with dashes, "score-outside-the-scale". */
	public String key() {
		return text.replace(' ', '-');
	}

	/** The reason whose text this is. */
	public static RejectReason of(String text) {
		for (RejectReason reason : values()) {
			if (reason.text.equals(text)) {
				return reason;
			}
		}
		throw new IllegalArgumentException("no reason '" + text + "'");
	}
}
