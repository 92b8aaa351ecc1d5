package org.cxspec.diff;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How alike two texts are, for matching a reworded standard with its earlier wording. */
final class Wordings {

	/** Half the words shared: "Call back within a day" and "Call back within two days" are one standard reworded. */
	static final double ALIKE = 0.5;

	/** Pairing compares every unmatched old text with every new one: bounded, so a huge rewrite stays fast. */
	static final long MAX_COMPARISONS = 250_000;

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Wordings() {
	}

	/** Dice coefficient of the two texts' sets of words, from 0 (nothing shared) to 1. */
	static double likeness(String left, String right) {
		Set<String> a = words(left);
		Set<String> b = words(right);
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int shared = 0;
		for (String word : a) {
			if (b.contains(word)) {
				shared++;
			}
		}
		return 2.0 * shared / (a.size() + b.size());
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>(Arrays.asList(NOT_A_WORD.split(text == null ? "" : text.toLowerCase(Locale.ROOT))));
		words.remove("");
		return words;
	}

	/** A pair of indexes into two lists. */
	record Pair(int left, int right) {
	}

	/**
	 * Pairs texts of the two lists that are alike, the most alike first, each text at most once.
	 * Lists are short (the standards of one touchpoint): the quadratic pairing stays small.
	 */
	static List<Pair> pairs(List<String> left, List<String> right) {
		record Scored(int left, int right, double score) {
		}
		if ((long) left.size() * right.size() > MAX_COMPARISONS) {
			return List.of(); // a rewrite of hundreds of standards in one place: told as withdrawn and new
		}
		java.util.List<Scored> scored = new java.util.ArrayList<>();
		for (int i = 0; i < left.size(); i++) {
			for (int j = 0; j < right.size(); j++) {
				double score = likeness(left.get(i), right.get(j));
				if (score >= ALIKE) {
					scored.add(new Scored(i, j, score));
				}
			}
		}
		scored.sort((x, y) -> x.score() != y.score() ? Double.compare(y.score(), x.score())
				: x.left() != y.left() ? Integer.compare(x.left(), y.left()) : Integer.compare(x.right(), y.right()));
		boolean[] leftTaken = new boolean[left.size()];
		boolean[] rightTaken = new boolean[right.size()];
		java.util.List<Pair> pairs = new java.util.ArrayList<>();
		for (Scored candidate : scored) {
			if (!leftTaken[candidate.left()] && !rightTaken[candidate.right()]) {
				leftTaken[candidate.left()] = true;
				rightTaken[candidate.right()] = true;
				pairs.add(new Pair(candidate.left(), candidate.right()));
			}
		}
		pairs.sort((x, y) -> Integer.compare(x.right(), y.right()));
		return pairs;
	}
}
