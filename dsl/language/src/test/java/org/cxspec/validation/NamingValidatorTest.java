package org.cxspec.validation;

import static org.cxspec.testing.SpecFixture.BASE;
import static org.cxspec.testing.SpecFixture.assertClean;
import static org.cxspec.testing.SpecFixture.assertOnly;
import static org.cxspec.testing.SpecFixture.inTill;
import static org.cxspec.testing.SpecFixture.withDeclarations;
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

@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class NamingValidatorTest {

	@Inject
	private SpecFixture spec;

	@Test
	void twoDeclarationsWithOneNameAreBothReported() {
		List<Finding> findings = spec.check(BASE.replace("role Clerk \"Shop clerk\"", "role Clerk \"Shop clerk\"\nvalue Clerk \"A clerk who knows you\" drives retention"));
		// The value Clerk is also delivered by nothing; only the duplicates matter here.
		List<Finding> duplicates = SpecFixture.ofRule(findings, Rule.DUPLICATE_NAME);
		assertOnly(duplicates, Rule.DUPLICATE_NAME, 2, "Clerk");
		assertTrue(duplicates.get(0).message().contains("line 12"), duplicates.get(0).message());
		assertTrue(duplicates.get(1).message().contains("line 11"), duplicates.get(1).message());
	}

	@Test
	void anExpectationMayNotShareTheNameOfAValue() {
		List<Finding> findings = spec.check(BASE.replace("expects Quick", "expects Ease"));
		assertOnly(findings.stream().filter(f -> f.ruleId().equals(Rule.DUPLICATE_NAME.id())).toList(), Rule.DUPLICATE_NAME, 2, "Ease");
	}

	@Test
	void twoTouchpointsWithOneNameInDifferentJourneysAreReported() {
		String second = """
				journey Return "Returning a purchase" for Shoppers {
				    stage Bring "I bring it back" {
				        touchpoint Till "Returns desk" {
				            delivers Ease
				            staffed by Clerk
				        }
				    }
				}
				""";
		assertOnly(spec.check(withDeclarations(second)), Rule.DUPLICATE_NAME, 2, "Till");
	}

	@Test
	void twoStagesWithOneNameInAJourneyAreReportedOnTheSecond() {
		String text = BASE.replace("    stage Pay \"I pay\" {", """
				    stage Pay "I pay first" {
				        touchpoint Kiosk "Self-service kiosk" {
				            delivers Ease
				            staffed by Clerk
				        }
				    }
				    stage Pay "I pay" {""");
		Finding finding = assertOnly(spec.check(text), Rule.DUPLICATE_NAME, "Pay");
		assertEquals(19, finding.line());
		assertTrue(finding.message().contains("Visit"), finding.message());
	}

	@Test
	void oneStageNameInTwoJourneysIsFine() {
		String second = """
				journey Return "Returning a purchase" for Shoppers {
				    stage Pay "I get my money back" {
				        touchpoint Refund "Refund at the desk" {
				            delivers Ease
				            staffed by Clerk
				        }
				    }
				}
				""";
		assertClean(spec.check(withDeclarations(second)));
	}

	@Test
	void namesDifferingOnlyInCaseAreDifferentNames() {
		assertClean(spec.check(inTill("").replace("role Clerk \"Shop clerk\"", "role Clerk \"Shop clerk\"\nrole clerk \"Night clerk\"")
				.replace("staffed by Clerk", "staffed by Clerk, clerk")));
	}
}
