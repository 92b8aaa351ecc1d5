package org.cxspec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Two behaviours are the same when they differ only in case, spacing and punctuation, plain ASCII or not. */
class BehaviourKeyTest {

	@Test
	void caseSpacingAndPunctuationDoNotCount() {
		assertEquals(Specs.behaviourKey("fix it on the spot"), Specs.behaviourKey("Fix it  on the spot!"));
		assertEquals("arrivewithin4hours", Specs.behaviourKey("Arrive within 4 hours."));
		assertEquals("", Specs.behaviourKey(null));
	}

	@Test
	void textBeyondAsciiIsFoldedToo() {
		assertEquals(Specs.behaviourKey("cafe\u0301 ﬁrst"), Specs.behaviourKey("Café first"));
		assertEquals("überraschen", Specs.behaviourKey("Überraschen!"));
	}

	/** The quick way for ASCII text gives what the normaliser gives, for every ASCII character. */
	@Test
	void everyAsciiCharacterKeysAsTheNormaliserDoes() {
		StringBuilder all = new StringBuilder();
		for (char c = 0; c < 0x80; c++) {
			all.append(c);
			String one = String.valueOf(c);
			assertEquals(normalised(one), Specs.behaviourKey(one), "character " + (int) c);
		}
		assertEquals(normalised(all.toString()), Specs.behaviourKey(all.toString()));
	}

	private static String normalised(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder();
		folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return key.toString();
	}
}
