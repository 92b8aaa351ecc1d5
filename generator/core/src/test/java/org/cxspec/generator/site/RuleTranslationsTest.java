package org.cxspec.generator.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;

import org.cxspec.rules.Rule;
import org.junit.jupiter.api.Test;

/** A Dutch consistency report explains every rule in Dutch, never in English. */
class RuleTranslationsTest {

	@Test
	void everyRuleHasADutchTitleAndExplanation() {
		Locale dutch = Locale.forLanguageTag("nl");
		for (Rule rule : Rule.values()) {
			assertFalse(rule.title(dutch).isBlank(), rule.id());
			assertNotEquals(rule.title(Locale.ENGLISH), rule.title(dutch), rule.id() + " title is not translated");
			assertNotEquals(rule.explanation(Locale.ENGLISH), rule.explanation(dutch), rule.id() + " explanation is not translated");
		}
	}
}
