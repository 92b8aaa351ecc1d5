package org.cxspec.suppression;

import static org.cxspec.testing.SpecFixture.assertClean;
import static org.cxspec.testing.SpecFixture.assertOnly;
import static org.cxspec.testing.SpecFixture.withDeclarations;

import org.cxspec.rules.Rule;
import org.cxspec.testing.SpecFixture;
import org.cxspec.tests.CxspecInjectorProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Suppressions are real `//` comments on a line of their own, never the same words in text. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class SuppressionCommentsTest {

	@Inject
	private SpecFixture spec;

	@Test
	void aCommentRightAboveTheElementSilencesIt() {
		assertClean(spec.check(withDeclarations("""
				// cxspec-ignore role-without-touchpoints: joins the shop in March
				role Baker "Baker"
				""")));
	}

	@Test
	void theWordsInsideAMultiLineDescriptionAreNoSuppression() {
		// Read as lines, the element on the line below the words would be silenced.
		assertOnly(spec.check(withDeclarations("""
				value Warmth "Warm service, as the team wrote on the wall:
				// cxspec-ignore role-without-touchpoints: nobody reads this
				" drives retention role Baker "Baker"
				""").replace("delivers Ease", "delivers Ease, Warmth")), Rule.ROLE_WITHOUT_TOUCHPOINTS, 1, "Baker");
	}

	@Test
	void theWordsInsideAMultiLineCommentAreNoSuppression() {
		assertOnly(spec.check(withDeclarations("""
				/* how to silence a rule:
				// cxspec-ignore role-without-touchpoints: an example in a comment
				*/
				role Baker "Baker"
				""")), Rule.ROLE_WITHOUT_TOUCHPOINTS, 1, "Baker");
	}

	@Test
	void aCommentAfterAStatementOnItsLineIsNoSuppression() {
		assertOnly(spec.check(withDeclarations("""
				role Cook "Cook" // cxspec-ignore role-without-touchpoints: wrong place
				role Baker "Baker"
				""").replace("staffed by Clerk", "staffed by Clerk, Cook")), Rule.ROLE_WITHOUT_TOUCHPOINTS, 1, "Baker");
	}

	@Test
	void aBlankLineBetweenCommentAndElementLeavesTheSuppressionUnused() {
		assertOnly(spec.check(withDeclarations("""
				// cxspec-ignore role-without-touchpoints: joins in March

				role Baker "Baker"
				""")).stream().filter(finding -> !finding.ruleId().equals(Rule.ROLE_WITHOUT_TOUCHPOINTS.id())).toList(),
				Rule.UNUSED_SUPPRESSION, 1, "role-without-touchpoints");
	}
}
