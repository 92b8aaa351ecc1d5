package org.cxspec.generator.findings;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for the machine formats: objects keep insertion order, output is
 * indented and deterministic. Values are String, Number, Boolean, null, {@link Obj} or List.
 */
public final class Json {

	private Json() {
	}

	/** An ordered JSON object under construction. */
	public static final class Obj {
		private final Map<String, Object> fields = new LinkedHashMap<>();

		public Obj put(String key, Object value) {
			fields.put(key, value);
			return this;
		}

		/** Adds the field only when the value is not null. */
		public Obj putIfPresent(String key, Object value) {
			return value == null ? this : put(key, value);
		}
	}

	public static Obj obj() {
		return new Obj();
	}

	public static List<Object> list() {
		return new ArrayList<>();
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, "");
		return out.append('\n').toString();
	}

	private static void write(Object value, StringBuilder out, String indent) {
		if (value == null) {
			out.append("null");
		} else if (value instanceof String text) {
			string(text, out);
		} else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		} else if (value instanceof Obj object) {
			members(object.fields.entrySet().iterator(), out, indent);
		} else if (value instanceof List<?> items) {
			elements(items, out, indent);
		} else {
			string(value.toString(), out);
		}
	}

	private static void members(Iterator<Map.Entry<String, Object>> entries, StringBuilder out, String indent) {
		if (!entries.hasNext()) {
			out.append("{}");
			return;
		}
		String inner = indent + "  ";
		out.append("{\n");
		while (entries.hasNext()) {
			Map.Entry<String, Object> entry = entries.next();
			out.append(inner);
			string(entry.getKey(), out);
			out.append(": ");
			write(entry.getValue(), out, inner);
			out.append(entries.hasNext() ? ",\n" : "\n");
		}
		out.append(indent).append('}');
	}

	private static void elements(List<?> items, StringBuilder out, String indent) {
		if (items.isEmpty()) {
			out.append("[]");
			return;
		}
		String inner = indent + "  ";
		out.append("[\n");
		for (int i = 0; i < items.size(); i++) {
			out.append(inner);
			write(items.get(i), out, inner);
			out.append(i < items.size() - 1 ? ",\n" : "\n");
		}
		out.append(indent).append(']');
	}

	private static void string(String text, StringBuilder out) {
		out.append('"').append(escapeInside(text)).append('"');
	}

	/**
	 * The inside of a JSON string. Besides what JSON requires, {@code < > &} and the two Unicode
	 * line separators are escaped, so the text is also safe inside an HTML page or a script.
	 */
	public static String escapeInside(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<' || c == '>' || c == '&') {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}
}
