package org.cxspec.linking;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
		String wanted = name.toLowerCase(Locale.ROOT);
		int allowed = Math.max(2, name.length() / 3);
		Map<String, Integer> close = new HashMap<>();
		for (String candidate : candidates) {
			// Names whose lengths differ by more than the allowed typos cannot be close: most are skipped here.
			if (Math.abs(candidate.length() - name.length()) <= allowed && !close.containsKey(candidate)) {
				int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
				if (distance <= allowed) {
					close.put(candidate, distance);
				}
			}
		}
		return close.keySet().stream()
				.sorted(Comparator.comparingInt((String candidate) -> close.get(candidate)).thenComparing(Comparator.naturalOrder()))
				.limit(limit)
				.toList();
	}

	/** Levenshtein distance of two names, both already in lower case: "fairness" is one typo from "Fairness", not eight. */
	static int distance(String left, String right) {
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
