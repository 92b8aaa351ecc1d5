package org.cxspec.validation;

import static org.cxspec.testing.SpecFixture.BASE;
import static org.cxspec.testing.SpecFixture.assertClean;
import static org.cxspec.testing.SpecFixture.assertOnly;
import static org.cxspec.testing.SpecFixture.inBrand;
import static org.cxspec.testing.SpecFixture.inTill;
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
class LooseTightValidatorTest {

	private static final String FREEDOM = "loose \"Fix a small problem on the spot\" within \"Up to 20 euros\"";

	@Inject
	private SpecFixture spec;

	@Test
	void tightStandardsForAValueAndGuardedFreedomsAreClean() {
		assertClean(spec.check(inTill("tight \"Say hello first\" for Ease\n" + FREEDOM + " example \"Swap a dented tin\"")
				.replace("/*BRAND*/", "tight \"Prices are always visible\" for Ease\n" + FREEDOM.replace("small", "tiny"))));
	}

	@Test
	void aTightStandardThatProtectsNoValueIsReported() {
		Finding inTouchpoint = assertOnly(spec.check(inTill("tight \"Say hello first\"")), Rule.TIGHT_WITHOUT_VALUE, "Say hello first");
		assertEquals(17, inTouchpoint.line());
		assertOnly(spec.check(inBrand("tight \"Prices are always visible\"")), Rule.TIGHT_WITHOUT_VALUE, "Prices are always visible");
	}

	@Test
	void aLooseFreedomWithoutGuardrailIsReported() {
		assertOnly(spec.check(inTill("loose \"How you chat\" example \"Ask about their day\"")), Rule.LOOSE_WITHOUT_GUARDRAIL, "How you chat");
		assertOnly(spec.check(inBrand("loose \"How you chat\"")), Rule.LOOSE_WITHOUT_GUARDRAIL, "How you chat");
	}

	@Test
	void guardrailAndExamplesMayComeInAnyOrderAndRepeat() {
		assertClean(spec.check(inTill("loose \"How you chat\" example \"Ask about their day\" within \"Keep it short\""
				+ " example \"Mention the weather\" within \"No politics\"")));
	}

	@Test
	void aFreedomAtATouchpointStaffedByNoOneIsReported() {
		String text = inTill(FREEDOM).replace("staffed by Clerk", "");
		// Clerk then staffs nothing either: an info of its own.
		List<Finding> findings = spec.check(text);
		assertOnly(SpecFixture.ofRule(findings, Rule.LOOSE_WITHOUT_STAFF), Rule.LOOSE_WITHOUT_STAFF, "Till");
		assertEquals(2, findings.size(), SpecFixture.describe(findings));
	}

	@Test
	void aBrandWideFreedomNeedsNoStaffedTouchpoint() {
		assertClean(spec.check(inBrand(FREEDOM)));
	}

	@Test
	void aStaffedTouchpointWithThreeStandardsAndNoFreedomIsScripted() {
		String three = "tight \"Say hello\" for Ease\ntight \"Smile\" for Ease\ntight \"Say goodbye\" for Ease";
		Finding finding = assertOnly(spec.check(inTill(three)), Rule.SCRIPTED_TOUCHPOINT, "Till");
		assertTrue(finding.message().contains("3"), finding.message());
	}

	@Test
	void twoStandardsOrOneFreedomOrNoStaffIsNotScripted() {
		String two = "tight \"Say hello\" for Ease\ntight \"Smile\" for Ease";
		assertClean(spec.check(inTill(two)));
		String three = two + "\ntight \"Say goodbye\" for Ease";
		assertClean(spec.check(inTill(three + "\n" + FREEDOM)));
		List<Finding> unstaffed = spec.check(inTill(three).replace("staffed by Clerk", ""));
		SpecFixture.assertNone(unstaffed, Rule.SCRIPTED_TOUCHPOINT);
	}

	@Test
	void theSameBehaviourTightAndLooseInATouchpointIsOneConflictOnTheLoose() {
		String text = inTill("tight \"Fix a small problem on the spot\" for Ease\n" + FREEDOM);
		Finding finding = assertOnly(spec.check(text), Rule.TIGHT_LOOSE_CONFLICT, "Fix a small problem on the spot");
		assertEquals(18, finding.line());
	}

	@Test
	void aConflictIgnoresCaseSpacingAndPunctuation() {
		String text = inTill("tight \"FIX a small   problem, on the spot!\" for Ease\n" + FREEDOM);
		assertOnly(spec.check(text), Rule.TIGHT_LOOSE_CONFLICT, "Fix a small problem on the spot");
	}

	@Test
	void aBrandWideStandardAndATouchpointFreedomInAnotherFileConflictOnceOnTheLoose() {
		String brand = """
				brand Shop "Corner Shop" {
				    promise "Easy, every time."
				    differentiates from "shops that make you wait"
				    tight "Fix a small problem on the spot." for Ease
				}
				""";
		String rest = inTill(FREEDOM).substring(BASE.indexOf("customer"));
		List<Finding> findings = spec.checkFiles("brand.cxspec", brand, "journey.cxspec", rest);
		Finding finding = assertOnly(findings, Rule.TIGHT_LOOSE_CONFLICT, "Fix a small problem on the spot");
		assertEquals("journey.cxspec", finding.file().getFileName().toString());
	}

	@Test
	void aBrandWideFreedomAndATouchpointStandardInAnotherFileConflictOnceOnTheLoose() {
		String brand = """
				brand Shop "Corner Shop" {
				    promise "Easy, every time."
				    differentiates from "shops that make you wait"
				    loose "fix a small problem on the SPOT" within "Up to 20 euros"
				}
				""";
		String rest = inTill("tight \"Fix a small problem on the spot\" for Ease").substring(BASE.indexOf("customer"));
		List<Finding> findings = spec.checkFiles("brand.cxspec", brand, "journey.cxspec", rest);
		Finding finding = assertOnly(findings, Rule.TIGHT_LOOSE_CONFLICT, "fix a small problem on the SPOT");
		assertEquals("brand.cxspec", finding.file().getFileName().toString());
		assertTrue(finding.message().contains("Till"), finding.message());
	}

	@Test
	void aBrandWideFreedomThatIsAlsoABrandWideStandardConflicts() {
		assertOnly(spec.check(inBrand("tight \"Fix a small problem on the spot\" for Ease\n" + FREEDOM)),
				Rule.TIGHT_LOOSE_CONFLICT, "Fix a small problem on the spot");
	}

	@Test
	void differentBehavioursDoNotConflict() {
		assertClean(spec.check(inTill("tight \"Fix a big problem with a manager\" for Ease\n" + FREEDOM)));
	}

	@Test
	void aFreedomAtOneTouchpointAndTheSameStandardAtAnotherDoNotConflict() {
		String second = """
				journey Return "Returning a purchase" for Shoppers {
				    stage Bring "I bring it back" {
				        touchpoint Desk "Returns desk" {
				            delivers Ease
				            staffed by Clerk
				            tight "Fix a small problem on the spot" for Ease
				        }
				    }
				}
				""";
		assertClean(spec.check(SpecFixture.withDeclarations(second).replace("/*TILL*/", FREEDOM)));
	}

	@Test
	void aBrandWideFreedomHeldTightByTwoTouchpointsIsOneConflictPerPair() {
		String second = """
				journey Return "Returning a purchase" for Shoppers {
				    stage Bring "I bring it back" {
				        touchpoint Desk "Returns desk" {
				            delivers Ease
				            staffed by Clerk
				            tight "Fix a small problem on the spot" for Ease
				        }
				    }
				}
				""";
		String text = SpecFixture.withDeclarations(second).replace("/*TILL*/", "tight \"fix a small problem on the spot\" for Ease")
				.replace("/*BRAND*/", FREEDOM);
		List<Finding> findings = assertOnly(spec.check(text), Rule.TIGHT_LOOSE_CONFLICT, 2, "Fix a small problem on the spot");
		assertTrue(findings.stream().anyMatch(f -> f.message().contains("Till")), SpecFixture.describe(findings));
		assertTrue(findings.stream().anyMatch(f -> f.message().contains("Desk")), SpecFixture.describe(findings));
		assertTrue(findings.stream().allMatch(f -> f.line() == 4), SpecFixture.describe(findings));
	}

	@Test
	void aTouchpointFreedomThatIsBothItsOwnAndABrandStandardIsOneConflictPerPair() {
		String text = inTill("tight \"Fix a small problem on the spot\" for Ease\n" + FREEDOM)
				.replace("/*BRAND*/", "tight \"Fix a small problem on the spot\" for Ease");
		List<Finding> findings = assertOnly(spec.check(text), Rule.TIGHT_LOOSE_CONFLICT, 2, "Fix a small problem on the spot");
		assertTrue(findings.stream().anyMatch(f -> f.message().contains("brand-wide")), SpecFixture.describe(findings));
	}
}
