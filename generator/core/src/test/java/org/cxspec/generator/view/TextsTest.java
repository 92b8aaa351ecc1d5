package org.cxspec.generator.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Cleaning a text skips the pattern where it would change nothing, and gives what the pattern gives. */
class TextsTest {

	@Test
	void cleaningGivesWhatJoiningEveryRunOfSpacingGives() {
		String[] pieces = { "", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2028", "\u001C", "a", "bc" };
		for (String first : pieces) {
			for (String second : pieces) {
				for (String third : pieces) {
					String text = first + "x" + second + "y" + third;
					assertEquals(text.strip().replaceAll("\\s+", " "), Texts.clean(text), () -> "[" + text + "]");
				}
			}
		}
	}
}
