package org.cxspec.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closest names by edit distance, for "did you mean" suggestions, with bounded work: names are
 * grouped by length once; only names whose length is within the allowed typos are looked at
 * (at most {@link #MAX_SCANNED}); those whose letters differ too much to be close are skipped
 * at once; at most {@link #MAX_COMPARED} get an edit distance, which stops counting past the
 * allowed typos. An unknown name costs O(scanned + length x typos x compared), however many
 * names a spec declares or how long they are; the same unknown name is answered once.
 * <p>
 * The work of all searches that share a {@link Budget} (one model's validation) is capped as
 * well: once it is spent, further unknown names get no suggestion, so thousands of them cost
 * a lookup each instead of a search each. Which names get suggestions depends only on the order
 * they are asked in, never on the clock.
 */
public final class Similarity {

	/** More typos than this make a name another name, not a misspelling of it. */
	static final int MAX_TYPOS = 3;

	/** Names compared per unknown name, nearest lengths first: a bound, not a sample. */
	static final int MAX_COMPARED = 400;

	/** Names looked at per unknown name, nearest lengths first. */
	static final int MAX_SCANNED = 20_000;

	/**
	 * Suggestion work one model may spend, in names looked at plus edit-distance cells charged:
	 * 500 unknown names of 20 letters at the per-name maximum (20,000 + 400 x 20 x 7 = 76,000
	 * each) fit, so any realistic spec and all shipped examples get every suggestion; 8,000
	 * unknown names among 8,000 declared ones spend it after about 1,200 of them.
	 */
	public static final long MODEL_BUDGET = 40_000_000L;

	/** Suggestion work shared by the searches of one model; safe to share between threads. */
	public static final class Budget {
		private final long limit;
		private final AtomicLong spent = new AtomicLong();

		public Budget() {
			this(MODEL_BUDGET);
		}

		Budget(long limit) {
			this.limit = limit;
		}

		boolean exhausted() {
			return spent.get() >= limit;
		}

		void spend(long work) {
			spent.addAndGet(work);
		}

		/** The work spent so far (a search already started is finished, so this may pass the limit by one search). */
		public long spent() {
			return spent.get();
		}
	}

	/** A declared name in lower case, as written, and the set of its characters. */
	private record Candidate(String lower, String name, long letters) {
	}

	private final Map<Integer, List<Candidate>> byLength = new HashMap<>();

	private final Map<String, List<String>> answered = new ConcurrentHashMap<>();

	private final Budget budget;

	/** The candidate names (duplicates are dropped, the first spelling is kept), with a budget of their own. */
	public Similarity(Collection<String> names) {
		this(names, new Budget());
	}

	/** The candidate names, spending suggestion work from a budget shared with other sets of the same model. */
	public Similarity(Collection<String> names, Budget budget) {
		this.budget = budget;
		for (String name : new LinkedHashSet<>(names)) {
			String lower = name.toLowerCase(Locale.ROOT);
			byLength.computeIfAbsent(name.length(), length -> new ArrayList<>()).add(new Candidate(lower, name, letters(lower)));
		}
	}

	/** Up to {@code limit} candidates close enough to be a plausible misspelling, closest first. */
	public static List<String> closest(String name, List<String> candidates, int limit) {
		return new Similarity(candidates).closest(name, limit);
	}

	/** As {@link #closest(String, List, int)}, over this set of names. */
	public List<String> closest(String name, int limit) {
		if (name == null || name.isEmpty()) {
			return List.of();
		}
		List<String> all = answered.computeIfAbsent(name, this::search);
		return all.size() <= limit ? all : all.subList(0, limit);
	}

	private List<String> search(String name) {
		if (budget.exhausted()) {
			return List.of();
		}
		String wanted = name.toLowerCase(Locale.ROOT);
		int allowed = allowedTypos(name.length());
		Map<String, Integer> close = new HashMap<>();
		long letters = letters(wanted);
		int scanned = 0;
		int compared = 0;
		long work = 0;
		// Same length first, then one longer or shorter...: the likeliest misspellings are seen first.
		for (int delta = 0; delta <= allowed; delta++) {
			for (int length : delta == 0 ? new int[] { name.length() } : new int[] { name.length() - delta, name.length() + delta }) {
				for (Candidate candidate : byLength.getOrDefault(length, List.of())) {
					if (scanned++ >= MAX_SCANNED || compared >= MAX_COMPARED) {
						break;
					}
					// An edit changes at most two of the letters a name is made of: a quick lower bound.
					if ((Long.bitCount(letters ^ candidate.letters()) + 1) / 2 > allowed) {
						continue;
					}
					compared++;
					// The band's cells, whether or not the distance stops early: work charged, not measured.
					work += (long) name.length() * (2 * allowed + 1);
					int distance = distance(wanted, candidate.lower(), allowed);
					if (distance <= allowed) {
						close.put(candidate.name(), distance);
					}
				}
			}
		}
		budget.spend(work + Math.min(scanned, MAX_SCANNED));
		return close.keySet().stream()
				.sorted(Comparator.comparingInt((String candidate) -> close.get(candidate)).thenComparing(Comparator.naturalOrder()))
				.limit(3)
				.toList();
	}

	/** The characters a name is made of, as bits (others share bits: the bound stays a lower bound). */
	private static long letters(String lower) {
		long bits = 0;
		for (int i = 0; i < lower.length(); i++) {
			bits |= 1L << (lower.charAt(i) & 63);
		}
		return bits;
	}

	/** A third of the name, at least 2 (short names), at most {@link #MAX_TYPOS}. */
	static int allowedTypos(int length) {
		return Math.min(MAX_TYPOS, Math.max(2, length / 3));
	}

	/**
	 * Levenshtein distance of two names, both already in lower case ("fairness" is one typo from
	 * "Fairness", not eight), or {@code bound + 1} as soon as it must exceed {@code bound}: only
	 * the diagonal band of width 2 x bound + 1 is computed.
	 */
	static int distance(String left, String right, int bound) {
		int n = left.length();
		int m = right.length();
		if (Math.abs(n - m) > bound) {
			return bound + 1;
		}
		int beyond = bound + 1;
		int[] previous = new int[m + 1];
		int[] current = new int[m + 1];
		for (int j = 0; j <= m; j++) {
			previous[j] = j <= bound ? j : beyond;
		}
		for (int i = 1; i <= n; i++) {
			int from = Math.max(1, i - bound);
			int to = Math.min(m, i + bound);
			current[0] = i <= bound ? i : beyond;
			if (from > 1) {
				current[from - 1] = beyond;
			}
			int rowMinimum = current[0];
			for (int j = from; j <= to; j++) {
				int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
				int value = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				current[j] = Math.min(value, beyond);
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (to < m) {
				current[to + 1] = beyond;
			}
			if (rowMinimum > bound) {
				return beyond;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[m], beyond);
	}
}
