package org.cxspec.parser;

import static org.cxspec.testing.SpecFixture.BASE;
import static org.cxspec.testing.SpecFixture.ofRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxspec.load.Finding;
import org.cxspec.rules.Rule;
import org.cxspec.testing.SpecFixture;
import org.cxspec.tests.CxspecInjectorProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Stray words cost one syntax error per line, and everything after them is still read. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class StrayTextTest {

	@Inject
	private SpecFixture spec;

	/** Inserts a line right before {@code role Clerk}, so that the journey using Clerk comes after it. */
	private List<Finding> withLineBeforeClerk(String line) {
		assertTrue(BASE.contains("role Clerk"), "the base spec declares role Clerk");
		return spec.check(BASE.replace("role Clerk", line + "\nrole Clerk"));
	}

	@Test
	void aStrayWordCostsOneErrorAndTheRestOfTheFileIsStillRead() {
		List<Finding> findings = withLineBeforeClerk("oops");
		assertEquals(1, findings.size(), SpecFixture.describe(findings));
		Finding error = findings.get(0);
		assertEquals(Rule.SYNTAX_ERROR.id(), error.ruleId());
		assertTrue(error.message().startsWith("'oops' cannot start a declaration: start a declaration with brand"), error.message());
	}

	@Test
	void aMisspeltWordGetsTheClosestStatementOfItsBlock() {
		List<Finding> topLevel = withLineBeforeClerk("vaule Calm \"Feeling calm\" drives retention");
		assertTrue(ofRule(topLevel, Rule.SYNTAX_ERROR).get(0).message()
				.startsWith("'vaule' cannot start a declaration: did you mean value? Otherwise start a declaration with brand"),
				SpecFixture.describe(topLevel));
		List<Finding> inBrand = spec.check(BASE.replaceFirst("promise ", "promsie "));
		assertTrue(ofRule(inBrand, Rule.SYNTAX_ERROR).get(0).message().contains("did you mean promise? Otherwise write promise,"),
				SpecFixture.describe(inBrand));
		List<Finding> twoWords = withLineBeforeClerk("closd loop Late \"Late\" { when \"late\" respond within 1 hours owner Clerk }");
		assertTrue(ofRule(twoWords, Rule.SYNTAX_ERROR).get(0).message().contains("did you mean closed loop?"),
				SpecFixture.describe(twoWords));
	}

	@Test
	void aTouchpointAtTopLevelSaysWhereItBelongsAndTheRestIsStillRead() {
		List<Finding> findings = withLineBeforeClerk("touchpoint Door \"The door\" { delivers Ease }");
		assertEquals(1, findings.size(), SpecFixture.describe(findings));
		assertTrue(findings.get(0).message().contains("a touchpoint statement belongs inside a stage of a journey"),
				findings.get(0).message());
	}

	@Test
	void leftoversAfterADeclarationShowHowItIsWritten() {
		List<Finding> findings = withLineBeforeClerk("value Calm \"Feeling calm\" drives loyalty");
		List<Finding> errors = ofRule(findings, Rule.SYNTAX_ERROR);
		assertEquals(1, errors.size(), SpecFixture.describe(findings));
		assertEquals("After value Calm, 'drives loyalty' cannot be read: write it as value Name \"...\" drives retention, advocacy.",
				errors.get(0).message());
	}

	@Test
	void aStrayWordInABlockNamesTheBlockAndWhereTheWordBelongs() {
		List<Finding> findings = spec.check(BASE.replace("role Clerk \"Shop clerk\"",
				"role Clerk \"Shop clerk\"\ncustomer Tourists \"Visitors\" {\n    expects Map \"Find things\" scored 4 target 4 out of 5\n"
						+ "    promise \"Always smile\"\n}"));
		List<Finding> errors = ofRule(findings, Rule.SYNTAX_ERROR);
		assertEquals(1, errors.size(), SpecFixture.describe(findings));
		assertTrue(errors.get(0).message().contains("'promise' is not a statement of customer segment Tourists"), errors.get(0).message());
		assertTrue(errors.get(0).message().contains("A promise statement belongs inside the brand block"), errors.get(0).message());
	}

	@Test
	void aDeclarationWithoutItsBlockSaysBracesAreNeeded() {
		List<Finding> errors = ofRule(withLineBeforeClerk("customer Tourists \"Visitors\""), Rule.SYNTAX_ERROR);
		assertEquals(1, errors.size(), SpecFixture.describe(errors));
		assertTrue(errors.get(0).message().contains("each have a block in braces, even an empty one: { }"), errors.get(0).message());
	}

	@Test
	void anExtraClosingBraceIsSaidPlainly() {
		List<Finding> errors = ofRule(withLineBeforeClerk("}"), Rule.SYNTAX_ERROR);
		assertEquals(1, errors.size(), SpecFixture.describe(errors));
		assertTrue(errors.get(0).message().startsWith("This '}' closes no block"), errors.get(0).message());
	}
}
