package org.cxspec.generator.findings;

/** Escaping for XML text and attribute values; drops characters XML 1.0 cannot carry. */
final class Xml {

	private Xml() {
	}

	static String text(String value) {
		return escape(value, false);
	}

	static String attr(String value) {
		return escape(value, true);
	}

	private static String escape(String value, boolean attribute) {
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach(c -> {
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append(attribute ? "&quot;" : "\"");
			case '\n' -> out.append(attribute ? "&#10;" : "\n");
			case '\t' -> out.append(attribute ? "&#9;" : "\t");
			case '\r' -> out.append("&#13;");
			default -> {
				if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
					out.appendCodePoint(c);
				}
			}
			}
		});
		return out.toString();
	}
}
