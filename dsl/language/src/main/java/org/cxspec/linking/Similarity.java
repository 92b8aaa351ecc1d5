package org.cxspec.linking;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Closest names by edit distance, for "did you mean" suggestions. */
public final class Similarity {

	private Similarity() {
	}

	/** Up to {@code limit} candidates close enough to be a plausible misspelling, closest first. */
	public static List<String> closest(String name, List<String> candidates, int limit) {
		if (name == null || name.isEmpty()) {
			return List.of();
		}
		int allowed = Math.max(2, name.length() / 3);
		return candidates.stream()
				.distinct()
				.filter(candidate -> distance(name, candidate) <= allowed)
				.sorted(Comparator.comparingInt((String candidate) -> distance(name, candidate)).thenComparing(Comparator.naturalOrder()))
				.limit(limit)
				.toList();
	}

	/** Levenshtein distance, case-insensitive: "fairness" is one typo from "Fairness", not eight. */
	static int distance(String a, String b) {
		String left = a.toLowerCase(Locale.ROOT);
		String right = b.toLowerCase(Locale.ROOT);
		int[] previous = new int[right.length() + 1];
		int[] current = new int[right.length() + 1];
		for (int j = 0; j <= right.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= left.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= right.length(); j++) {
				int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[right.length()];
	}
}
