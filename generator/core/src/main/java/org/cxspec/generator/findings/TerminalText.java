package org.cxspec.generator.findings;

/**
 * Spec text made safe for a terminal and for line-based readers: control characters (ESC, BEL,
 * C1 codes such as U+0085), line and paragraph separators and bidirectional overrides are shown
 * as {@code \\u001b}, so a crafted spec can neither drive the terminal (clear the screen,
 * retitle it), nor break a report line in two, nor make a line read differently from what it says.
 */
public final class TerminalText {

	private TerminalText() {
	}

	/** {@code text} with every unsafe character escaped; line breaks and tabs too unless {@code keepLines}. */
	public static String escape(String text, boolean keepLines) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean keep = keepLines && (c == '\n' || c == '\t');
			if (!keep && isUnsafe(c)) {
				if (out == null) {
					out = new StringBuilder(text.length() + 16).append(text, 0, i);
				}
				out.append(String.format("\\u%04x", (int) c));
			} else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}

	/** One line of a report: nothing in it can start another line. */
	public static String escape(String text) {
		return escape(text, false);
	}

	static boolean isUnsafe(char c) {
		return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1 (U+0085 is a line break to some readers)
				|| c == 0x2028 || c == 0x2029 // line and paragraph separators
				|| c == 0x061c || c == 0x200e || c == 0x200f // bidi marks
				|| (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069); // bidi embeddings, overrides, isolates
	}
}
