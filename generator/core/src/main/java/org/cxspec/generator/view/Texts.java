package org.cxspec.generator.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Spec text as documents show it: one line, trimmed, never null. */
final class Texts {

	private static final Pattern SPACING = Pattern.compile("\\s+");

	private Texts() {
	}

	/** Spec strings may span lines; in a document they read as one sentence. */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		String stripped = text.strip();
		return hasSpacingToJoin(stripped) ? SPACING.matcher(stripped).replaceAll(" ") : stripped;
	}

	/**
	 * Whether {@link #SPACING} would change the text: most texts hold single spaces only, and the
	 * preview of a large spec cleans tens of thousands of them per keystroke.
	 */
	private static boolean hasSpacingToJoin(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || (c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
				return true;
			}
		}
		return false;
	}

	static List<String> clean(List<String> texts) {
		return texts.stream().filter(Objects::nonNull).map(Texts::clean).filter(text -> !text.isEmpty()).toList();
	}

	/** 2.8 stays "2.8", 22 stays "22"; absent is "". */
	static String number(BigDecimal number) {
		return number == null ? "" : number.toPlainString();
	}
}
