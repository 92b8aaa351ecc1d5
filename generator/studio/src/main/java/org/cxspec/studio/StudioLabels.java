package org.cxspec.studio;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxspec.generator.site.Escaping;

/**
 * The studio's own words in the reader's language ({@code labels.properties} and its translations,
 * the one source): filled into the page where it says {@code {{t:key}}}, and handed to the page's
 * scripts as JSON for the messages they show. The previewed documents use the generator's labels.
 */
final class StudioLabels {

	private static final String BUNDLE = "org.cxspec.studio.labels";
	private static final Pattern PLACE = Pattern.compile("\\{\\{t:([A-Za-z.]+)\\}\\}");

	private final Locale locale;
	private final Map<String, String> labels;

	StudioLabels(Locale locale) {
		this.locale = locale;
		ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		Map<String, String> all = new TreeMap<>();
		for (String key : bundle.keySet()) {
			all.put(key, bundle.getString(key));
		}
		this.labels = Collections.unmodifiableMap(all);
	}

	/** Every label by key, for the page's scripts. */
	Map<String, String> all() {
		return labels;
	}

	String lang() {
		return locale.getLanguage();
	}

	/** {@code html} with each {@code {{t:key}}} replaced by its label, escaped for HTML text and attributes. */
	String fill(String html) {
		Matcher place = PLACE.matcher(html);
		StringBuilder filled = new StringBuilder();
		while (place.find()) {
			String label = labels.get(place.group(1));
			if (label == null) {
				throw new IllegalStateException("the studio's page names a label that labels.properties lacks: " + place.group(1));
			}
			place.appendReplacement(filled, Matcher.quoteReplacement(Escaping.MARKUP.escape(label)));
		}
		place.appendTail(filled);
		return filled.toString().replace("{{lang}}", lang());
	}
}
