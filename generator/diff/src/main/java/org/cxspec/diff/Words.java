package org.cxspec.diff;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every word a diff writes, in the reader's language ({@code diff.properties} and its
 * translations); spec text is quoted as written, never translated.
 */
public final class Words {

	private static final String BUNDLE = "org.cxspec.diff.diff";

	private final ResourceBundle bundle;
	private final Locale locale;

	public Words(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	public Locale locale() {
		return locale;
	}

	public String get(String key) {
		try {
			return bundle.getString(key);
		} catch (MissingResourceException unknown) {
			throw new IllegalArgumentException("no diff label '" + key + "'");
		}
	}

	/** A label with {0}, {1}... filled in, in order, as a sentence: its first letter in capitals. */
	public String f(String key, Object... values) {
		String text = part(key, values);
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}

	/** A label with {0}, {1}... filled in, for use inside a sentence. */
	public String part(String key, Object... values) {
		String text = get(key);
		for (int i = 0; i < values.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(values[i]));
		}
		return text;
	}

	/** "A, B and C" with the language's "and". */
	public String and(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " " + get("and") + " " + items.get(items.size() - 1);
	}

	/** Values as a reader sees them: quoted texts, plain names. */
	String values(String property, List<String> values) {
		return and(values.stream().map(value -> quoted(property) ? "\u201c" + value + "\u201d" : value).toList());
	}

	static boolean quoted(String property) {
		return Matching.isText(property) || "description".equals(property);
	}

	/** "touchpoint PhoneReport", "the brand". */
	String element(Element element) {
		if (element.kind() == Kind.BRAND) {
			return get("kind.brand.the");
		}
		return kind(element) + " " + element.name();
	}

	String kind(Element element) {
		if (element.kind() == Kind.ACTOR) {
			return get("kind.actor." + element.values("kind").stream().findFirst().orElse("role"));
		}
		return get("kind." + element.kind().id);
	}
}
