package org.cxspec.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** "Did you mean" finds the same names as a full edit distance would, with bounded work. */
class SimilarityTest {

	@Test
	void theBandedDistanceAgreesWithTheFullOneUpToItsBound() {
		Random random = new Random(9);
		for (int round = 0; round < 20_000; round++) {
			String left = word(random);
			String right = random.nextBoolean() ? word(random) : typo(left, random);
			int full = fullDistance(left, right);
			for (int bound = 0; bound <= 4; bound++) {
				assertEquals(Math.min(full, bound + 1), Similarity.distance(left, right, bound), left + " / " + right + " bound " + bound);
			}
		}
	}

	@Test
	void suggestsTheClosestNamesFirstAndIgnoresCase() {
		assertEquals(List.of("Fairness"), Similarity.closest("fairnes", List.of("Ease", "Fairness", "Fame"), 3));
		assertEquals(List.of("Ease", "East"), Similarity.closest("Eas", List.of("Eager", "East", "Ease", "Fairness"), 3));
	}

	@Test
	void aVeryLongMisspeltNameStillFindsItsName() {
		String name = "V" + "a".repeat(127_999);
		String misspelt = "V" + "a".repeat(64_000) + "b" + "a".repeat(63_998);
		assertEquals(List.of(name), Similarity.closest(misspelt, List.of("Value", name), 3));
	}

	@Test
	void moreThanThreeTyposIsAnotherName() {
		assertEquals(List.of(), Similarity.closest("Customerjourney", List.of("CustomerJrnyMap"), 3));
		assertEquals(List.of("CustomerJourneys"), Similarity.closest("CustomrJourny", List.of("CustomerJourneys"), 3));
	}

	@Test
	void amongThousandsOfOtherNamesTheMisspeltOneIsStillFound() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			names.add("Role" + i);
		}
		names.add("Fairness");
		assertEquals(List.of("Fairness"), Similarity.closest("Fairnes", names, 3));
		assertTrue(Similarity.closest("Rloe77", names, 3).contains("Role77"));
	}

	@Test
	void theWorkOfAModelStopsAtItsBudgetAndTheFirstNamesKeepTheirSuggestions() {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 8_000; i++) {
			names.add("Value" + i);
		}
		Similarity.Budget budget = new Similarity.Budget();
		Similarity bounded = new Similarity(names, budget);
		Similarity unbounded = new Similarity(names, new Similarity.Budget(Long.MAX_VALUE));
		int answered = 0;
		for (int i = 0; i < 8_000; i++) {
			boolean withinBudget = budget.spent() < Similarity.MODEL_BUDGET;
			List<String> closest = bounded.closest("Valeu" + i, 3);
			if (withinBudget) {
				assertEquals(unbounded.closest("Valeu" + i, 3), closest, "Valeu" + i);
				answered++;
			} else {
				assertEquals(List.of(), closest, "Valeu" + i);
			}
		}
		// One search may finish past the budget: at most the per-name maximum for these names.
		long perNameMaximum = Similarity.MAX_SCANNED + Similarity.MAX_COMPARED * "Valeu7999".length() * (2 * Similarity.MAX_TYPOS + 1);
		assertTrue(budget.spent() <= Similarity.MODEL_BUDGET + perNameMaximum, budget.spent() + " spent");
		assertTrue(answered > 1_000 && answered < 2_000, answered + " names were searched");
		// Asked again, an answered name keeps its answer; a name past the budget still gets none.
		assertEquals(unbounded.closest("Valeu1", 3), bounded.closest("Valeu1", 3));
		assertEquals(List.of(), bounded.closest("Valeu7999", 3));
	}

	@Test
	void fiveHundredUnknownNamesAmongTwentyThousandAllGetTheirSuggestions() {
		Random random = new Random(13);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			names.add(word(random, 20, 4));
		}
		Similarity.Budget budget = new Similarity.Budget();
		Similarity bounded = new Similarity(names, budget);
		Similarity unbounded = new Similarity(names, new Similarity.Budget(Long.MAX_VALUE));
		for (int i = 0; i < 500; i++) {
			String unknown = typo(names.get(i * 40), random);
			assertEquals(unbounded.closest(unknown, 3), bounded.closest(unknown, 3), unknown);
		}
		assertTrue(budget.spent() < Similarity.MODEL_BUDGET, budget.spent() + " spent");
	}

	@Test
	void sharingABudgetCapsTheWorkOfAllSetsTogether() {
		Similarity.Budget budget = new Similarity.Budget(1);
		Similarity values = new Similarity(List.of("Fairness"), budget);
		Similarity roles = new Similarity(List.of("Cashier"), budget);
		assertEquals(List.of("Fairness"), values.closest("Fairnes", 3));
		assertEquals(List.of(), roles.closest("Cashir", 3));
	}

	private static String word(Random random, int length, int letters) {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < length; i++) {
			word.append((char) ('a' + random.nextInt(letters)));
		}
		return word.toString();
	}

	private static String word(Random random) {
		StringBuilder word = new StringBuilder();
		int length = random.nextInt(9);
		for (int i = 0; i < length; i++) {
			word.append((char) ('a' + random.nextInt(3)));
		}
		return word.toString();
	}

	private static String typo(String word, Random random) {
		StringBuilder changed = new StringBuilder(word);
		for (int typos = random.nextInt(4); typos > 0; typos--) {
			int at = changed.length() == 0 ? 0 : random.nextInt(changed.length());
			switch (random.nextInt(3)) {
			case 0 -> changed.insert(at, 'c');
			case 1 -> {
				if (changed.length() > 0) {
					changed.deleteCharAt(at);
				}
			}
			default -> {
				if (changed.length() > 0) {
					changed.setCharAt(at, 'd');
				}
			}
			}
		}
		return changed.toString();
	}

	private static int fullDistance(String left, String right) {
		int[][] d = new int[left.length() + 1][right.length() + 1];
		for (int i = 0; i <= left.length(); i++) {
			for (int j = 0; j <= right.length(); j++) {
				d[i][j] = i == 0 ? j : j == 0 ? i
						: Math.min(d[i - 1][j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1), Math.min(d[i - 1][j], d[i][j - 1]) + 1);
			}
		}
		return d[left.length()][right.length()];
	}
}
