package org.cxspec.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
