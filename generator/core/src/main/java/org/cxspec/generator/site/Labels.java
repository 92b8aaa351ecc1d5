package org.cxspec.generator.site;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.cxspec.generator.view.Measures;
import org.cxspec.generator.view.Ref;

/**
 * Every word the tool itself writes into a document, in the reader's language ({@code labels.properties}
 * and its translations). Templates reach it as {@code $l}; spec text is never translated.
 */
public final class Labels {

	private static final String BUNDLE = "org.cxspec.generator.labels";

	private final ResourceBundle bundle;
	private final Locale locale;

	public Labels(Locale locale) {
		this.locale = locale;
		this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The language code for {@code <html lang>}. */
	public String lang() {
		return locale.getLanguage();
	}

	public String get(String key) {
		try {
			return bundle.getString(key);
		} catch (MissingResourceException unknown) {
			throw new IllegalArgumentException("no label '" + key + "'");
		}
	}

	/** A label with {0} filled in. */
	public String f(String key, Object first) {
		return get(key).replace("{0}", String.valueOf(first));
	}

	/** A label with {0} and {1} filled in. */
	public String f(String key, Object first, Object second) {
		return f(key, first).replace("{1}", String.valueOf(second));
	}

	/** The singular label ({@code key.one}) for 1, the plural ({@code key}) otherwise, with the count. */
	public String count(String key, long count) {
		return f(count == 1 ? key + ".one" : key, count);
	}

	/** "3000 rows read, 2990 used, 10 rejected (6 unparsable date, 4 score outside the scale); 5702 answers." */
	public String reading(Measures.Reading reading) {
		StringBuilder out = new StringBuilder(count("measured.rowsRead", reading.rowsRead())).append(", ")
				.append(f("measured.rowsUsed", reading.rowsUsed())).append(", ").append(f("measured.rowsRejected", reading.rowsRejected()));
		if (!reading.rejected().isEmpty()) {
			out.append(reading.rejected().stream().map(why -> why.count() + " " + get("measured.rejected." + why.key()))
					.collect(Collectors.joining(", ", " (", ")")));
		}
		return out.append("; ").append(count("measured.answersRead", reading.answers())).append('.').toString();
	}

	/** Each word translated by its label {@code prefix + word}: outcome words such as "retention". */
	public List<String> words(String prefix, List<String> words) {
		return words.stream().map(word -> get(prefix + word)).toList();
	}

	/** "Claims agent, Emergency glass repair partner": descriptions, or names where none is written. */
	public String names(List<Ref> refs) {
		return refs.stream().map(ref -> ref.name().isEmpty() ? ref.id() : ref.name()).collect(Collectors.joining(", "));
	}

	/** "Claims agent and Glazier" style joining with the language's "and". */
	public String and(List<String> words) {
		if (words.size() <= 1) {
			return String.join("", words);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " " + get("and") + " " + words.get(words.size() - 1);
	}
}
