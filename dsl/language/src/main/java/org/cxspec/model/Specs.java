package org.cxspec.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.Response;
import org.cxspec.cxspec.TimeUnit;
import org.eclipse.emf.ecore.EObject;

/** Small readings of the model that several rules and the generator share. */
public final class Specs {

	private Specs() {
	}

	/** The brand's promise, or null when none is written. */
	public static String promise(Brand brand) {
		return first(brand.getPromises());
	}

	public static <T> T first(List<T> items) {
		return items.isEmpty() ? null : items.get(0);
	}

	/**
	 * The form under which two behaviours count as the same: case, spacing and punctuation
	 * ignored ("Fix it on the spot!" equals "fix it on the spot").
	 */
	public static String behaviourKey(String text) {
		String source = text == null ? "" : text;
		if (isAscii(source)) {
			return asciiKey(source);
		}
		String folded = Normalizer.normalize(source, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(folded.length());
		folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return key.toString();
	}

	/**
	 * The same key for plain ASCII text, which NFKC leaves as it is and whose letters and digits
	 * are A-Z, a-z and 0-9: no normaliser and no stream, for the thousands of behaviours of a large
	 * spec that the index and the rules key on every build.
	 */
	private static String asciiKey(String text) {
		StringBuilder key = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				key.append((char) (c + ('a' - 'A')));
			} else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
				key.append(c);
			}
		}
		return key.toString();
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	/** A response time in hours (rounded up for minutes), or -1 for no response time. */
	public static long hours(Response response) {
		if (response == null) {
			return -1;
		}
		long amount = response.getAmount();
		TimeUnit unit = response.getUnit();
		switch (unit) {
		case MINUTE:
		case MINUTES:
			return (amount + 59) / 60;
		case DAY:
		case DAYS:
			return amount * 24;
		default:
			return amount;
		}
	}

	/** The nearest container of the given type, or null. */
	public static <T extends EObject> T container(EObject object, Class<T> type) {
		for (EObject current = object == null ? null : object.eContainer(); current != null; current = current.eContainer()) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
		}
		return null;
	}
}
