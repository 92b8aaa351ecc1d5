package org.cxspec.validation;

import static org.cxspec.testing.SpecFixture.assertClean;
import static org.cxspec.testing.SpecFixture.assertOnly;
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
class DifferentiationValidatorTest {

	private static final String DISTINCTIVE = """
			differentiating
			            moment of truth
			            measured by CES
			            tight "Greet every customer by name" for Ease
			""";

	@Inject
	private SpecFixture spec;

	@Test
	void aDifferentiatingTouchpointWithValueStandardAndMetricIsClean() {
		assertClean(spec.check(inTill(DISTINCTIVE)));
	}

	@Test
	void aDifferentiatingTouchpointThatDeliversNoValueIsAnError() {
		// Without `delivers`, value Ease is delivered nowhere too; that is a second, separate finding.
		List<Finding> findings = spec.check(inTill(DISTINCTIVE).replace("delivers Ease\n", ""));
		Finding finding = assertOnly(SpecFixture.ofRule(findings, Rule.DIFFERENTIATING_WITHOUT_VALUE),
				Rule.DIFFERENTIATING_WITHOUT_VALUE, "Till");
		assertEquals(16, finding.line());
		assertEquals(2, findings.size(), SpecFixture.describe(findings));
	}

	@Test
	void aPlainTouchpointNeedsNoValue() {
		List<Finding> findings = spec.check(SpecFixture.BASE.replace("delivers Ease\n", ""));
		SpecFixture.assertNone(findings, Rule.DIFFERENTIATING_WITHOUT_VALUE);
	}

	@Test
	void aDifferentiatingTouchpointWithoutTightStandardIsReported() {
		String text = inTill(DISTINCTIVE.replace("tight \"Greet every customer by name\" for Ease", ""));
		assertOnly(spec.check(text), Rule.DIFFERENTIATING_WITHOUT_TIGHT, "Till");
	}

	@Test
	void aBrandWideStandardDoesNotMakeATouchpointDistinctive() {
		String text = inTill(DISTINCTIVE.replace("tight \"Greet every customer by name\" for Ease", ""))
				.replace("/*BRAND*/", "tight \"Greet every customer by name\" for Ease");
		assertOnly(spec.check(text), Rule.DIFFERENTIATING_WITHOUT_TIGHT, "Till");
	}

	@Test
	void aDifferentiatingTouchpointMeasuredByNoMetricIsReported() {
		String text = inTill(DISTINCTIVE.replace("moment of truth\n", "").replace("measured by CES", ""));
		Finding finding = assertOnly(spec.check(text), Rule.MOMENT_UNMEASURED, "Till");
		assertTrue(finding.message().contains("differentiating"), finding.message());
	}

	@Test
	void aMomentOfTruthMeasuredByNoMetricIsReported() {
		Finding finding = assertOnly(spec.check(inTill("moment of truth")), Rule.MOMENT_UNMEASURED, "Till");
		assertTrue(finding.message().contains("moment of truth"), finding.message());
		assertEquals(17, finding.line());
	}

	@Test
	void aMeasuredMomentOfTruthIsClean() {
		assertClean(spec.check(inTill("measured by CES\n moment of truth")));
	}
}
