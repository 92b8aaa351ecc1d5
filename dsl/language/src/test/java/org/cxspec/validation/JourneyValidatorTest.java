package org.cxspec.validation;

import static org.cxspec.testing.SpecFixture.BASE;
import static org.cxspec.testing.SpecFixture.assertClean;
import static org.cxspec.testing.SpecFixture.assertOnly;
import static org.cxspec.testing.SpecFixture.withDeclarations;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
class JourneyValidatorTest {

	@Inject
	private SpecFixture spec;

	@Test
	void aJourneyForNoCustomerIsReported() {
		assertOnly(spec.check(BASE.replace(" for Shoppers", "")), Rule.JOURNEY_WITHOUT_CUSTOMER, "Visit");
	}

	@Test
	void aJourneyForACustomerDeclaredInAnotherFileIsFine() {
		String customers = "customer Tourists \"Visitors\" {\n    expects Map \"Find things\" scored 4 target 4 out of 5\n}\n";
		assertClean(spec.checkFiles("journey.cxspec", BASE.replace("for Shoppers", "for Shoppers, Tourists"), "customers.cxspec", customers));
	}

	@Test
	void aJourneyWithoutStagesIsEmpty() {
		Finding finding = assertOnly(spec.check(withDeclarations("journey Return \"Returning a purchase\" for Shoppers {}")),
				Rule.EMPTY_JOURNEY, "Return");
		assertTrue(finding.message().startsWith("Journey"), finding.message());
		assertOnly(spec.check(withDeclarations("journey Return \"Returning a purchase\" for Shoppers { }")), Rule.EMPTY_JOURNEY, "Return");
	}

	@Test
	void aJourneyWhoseOnlyStageIsEmptyGetsOneFindingForEach() {
		String journey = "journey Return \"Returning a purchase\" for Shoppers {\n    stage Bring \"I bring it back\" { }\n}";
		assertOnly(spec.check(withDeclarations(journey)), Rule.EMPTY_JOURNEY, 2, "");
	}

	@Test
	void anEmptyStageBesideAFullOneIsReportedAlone() {
		String text = BASE.replace("    stage Pay \"I pay\" {", "    stage Browse \"I look around\" { }\n    stage Pay \"I pay\" {");
		Finding finding = assertOnly(spec.check(text), Rule.EMPTY_JOURNEY, "Browse");
		assertTrue(finding.message().startsWith("Stage"), finding.message());
	}

	@Test
	void aJourneyWithATouchpointIsNotEmpty() {
		assertClean(spec.check(BASE));
	}
}
