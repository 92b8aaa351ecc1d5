package org.cxspec.generator.site;

import org.cxspec.generator.findings.Json;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * How every value a template inserts is escaped, chosen by the format of the document being
 * written. Templates never escape by hand, so none can forget to: spec text is always data.
 */
public enum Escaping implements ReferenceInsertionEventHandler {

	/** HTML text and quoted attributes, SVG and XML: the five markup characters become references. */
	MARKUP {
		@Override
		public String escape(String text) {
			StringBuilder out = new StringBuilder(text.length() + 16);
			text.codePoints().forEach(c -> {
				switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c < 0x20 && c != '\n' && c != '\t' || c == 0xFFFE || c == 0xFFFF) {
						out.append(' '); // not allowed in XML at all
					} else {
						out.appendCodePoint(c);
					}
				}
				}
			});
			return out.toString();
		}
	},

	/**
	 * Markdown text and table cells: characters Markdown reads as syntax are backslash-escaped,
	 * markup characters become references (so raw HTML in spec text is shown, not run), and
	 * line breaks become spaces (a break would end a table row).
	 */
	MARKDOWN {
		/** Read as syntax anywhere in a line (emphasis, code, links, tables, strikethrough). */
		private static final String SYNTAX = "\\`*_[]|~";
		/** Read as syntax only where a line starts (headings, lists, rules). */
		private static final String LEADING = "#+-=";

		@Override
		public String escape(String text) {
			StringBuilder out = new StringBuilder(text.length() + 16);
			text.codePoints().forEach(c -> {
				if (c == '&') {
					out.append("&amp;");
				} else if (c == '<') {
					out.append("&lt;");
				} else if (c == '>') {
					out.append("&gt;");
				} else if (c == '\n' || c == '\r' || c == '\t') {
					out.append(' ');
				} else if (c < 0x80 && SYNTAX.indexOf(c) >= 0 || out.length() == 0 && LEADING.indexOf(c) >= 0) {
					out.append('\\').appendCodePoint(c);
				} else {
					out.appendCodePoint(c);
				}
			});
			// "1. " at the start of a line would begin a numbered list.
			return out.toString().replaceFirst("^(\\d+)([.)])(\\s|$)", "$1\\\\$2$3");
		}
	},

	/** The inside of a JSON string (templates write the quotes). */
	JSON {
		@Override
		public String escape(String text) {
			return Json.escapeInside(text);
		}
	};

	public abstract String escape(String text);

	@Override
	public Object referenceInsert(Context context, String reference, Object value) {
		return value == null ? null : escape(value.toString());
	}

	/** By the extension of the file a template writes: .html and .svg, .md, .json. */
	public static Escaping forPath(String path) {
		if (path.endsWith(".md")) {
			return MARKDOWN;
		}
		if (path.endsWith(".json")) {
			return JSON;
		}
		return MARKUP;
	}
}
