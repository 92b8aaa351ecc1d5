package org.cxspec.validation;

import static org.cxspec.testing.SpecFixture.BASE;
import static org.cxspec.testing.SpecFixture.assertClean;
import static org.cxspec.testing.SpecFixture.assertOnly;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class ComputationValidatorTest {

	private static final String CES = "metric CES \"Customer Effort Score\" current 3 target 2 lower is better";

	@Inject
	private SpecFixture spec;

	private List<Finding> checkMetric(String metric) {
		return spec.check(BASE.replace(CES, metric));
	}

	@ParameterizedTest
	@ValueSource(strings = { "computed as mean of 1 to 7", "computed as share 1 to 2 of 1 to 7" })
	void aComputationIsOptional(String computation) {
		assertClean(checkMetric(CES + " " + computation));
		assertClean(checkMetric(CES));
	}

	@Test
	void aComputationMayComeAnywhereInTheMetric() {
		assertClean(checkMetric("metric CES \"Customer Effort Score\" current 3 computed as mean of 1 to 7 target 2 lower is better"));
		assertClean(checkMetric("metric CES \"Customer Effort Score\" computed as mean of 1 to 7 current 3 target 2 lower is better"));
	}

	@Test
	void aNetPromoterTargetAbove100IsUnreachable() {
		Finding finding = assertOnly(checkMetric("metric CES \"NPS\" current 3 target 120 higher is better computed as net promoter score"),
				Rule.TARGET_UNREACHABLE, "CES");
		assertTrue(finding.message().contains("target 120") && finding.message().contains("-100 to 100"), finding.message());
	}

	@Test
	void aShareTargetAbove100PercentAndAMeanOutsideItsScaleAreUnreachable() {
		assertOnly(checkMetric("metric CES \"CSAT\" current 80 target 101 higher is better computed as share 4 to 5 of 1 to 5"),
				Rule.TARGET_UNREACHABLE, "CES");
		Finding current = assertOnly(checkMetric(CES.replace("current 3", "current 0") + " computed as mean of 1 to 7"),
				Rule.TARGET_UNREACHABLE, "CES");
		assertTrue(current.message().contains("current 0"), current.message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "computed as mean of 7 to 1", "computed as share 4 to 6 of 1 to 5", "computed as share 5 to 4 of 1 to 5" })
	void aScaleUpsideDownOrATopRangeOutsideItIsReported(String computation) {
		assertOnly(checkMetric(CES + " " + computation), Rule.TARGET_UNREACHABLE, "CES");
	}
}
