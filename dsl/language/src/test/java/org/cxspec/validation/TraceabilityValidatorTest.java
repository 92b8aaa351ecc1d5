package org.cxspec.validation;

import static org.cxspec.testing.SpecFixture.BASE;
import static org.cxspec.testing.SpecFixture.LOOP;
import static org.cxspec.testing.SpecFixture.PROGRAMME;
import static org.cxspec.testing.SpecFixture.assertClean;
import static org.cxspec.testing.SpecFixture.assertOnly;
import static org.cxspec.testing.SpecFixture.withDeclarations;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
class TraceabilityValidatorTest {

	private static final String EXPECTATION = "expects Quick \"Served quickly\" scored 4 target 4 out of 5";

	@Inject
	private SpecFixture spec;

	@Test
	void aValueNoTouchpointDeliversIsReported() {
		Finding finding = assertOnly(spec.check(withDeclarations("value Warmth \"Being welcomed\" drives advocacy")),
				Rule.VALUE_NOT_DELIVERED, "Warmth");
		assertEquals(22, finding.line());
	}

	@Test
	void aValueDeliveredOnlyInAnotherFileIsDelivered() {
		String valueFile = "value Warmth \"Being welcomed\" drives advocacy\n";
		String deliveringFile = BASE.replace("delivers Ease", "delivers Ease, Warmth");
		assertClean(spec.checkFiles("values.cxspec", valueFile, "journey.cxspec", deliveringFile));
	}

	@Test
	void aValueThatDrivesNeitherRetentionNorAdvocacyIsReported() {
		assertOnly(spec.check(BASE.replace("drives retention", "drives acquisition, efficiency")), Rule.VALUE_DRIVES_NOTHING, "Ease");
		assertOnly(spec.check(BASE.replace(" drives retention", "")), Rule.VALUE_DRIVES_NOTHING, "Ease");
	}

	@Test
	void aValueThatDrivesAdvocacyAloneIsFine() {
		assertClean(spec.check(BASE.replace("drives retention", "drives advocacy, acquisition")));
	}

	@Test
	void aCustomerWithoutExpectationsIsReported() {
		assertOnly(spec.check(withDeclarations("customer Tourists \"Visitors passing through\" { }")),
				Rule.CUSTOMER_WITHOUT_EXPECTATIONS, "Tourists");
	}

	@Test
	void anExpectationWithoutScoreOrTargetIsReportedSayingWhatIsMissing() {
		Finding noScore = assertOnly(spec.check(BASE.replace(EXPECTATION, "expects Quick \"Served quickly\" target 4 out of 5")),
				Rule.EXPECTATION_UNSCORED, "Quick");
		assertTrue(noScore.message().contains("no current score"), noScore.message());
		Finding noTarget = assertOnly(spec.check(BASE.replace(EXPECTATION, "expects Quick \"Served quickly\" scored 4 out of 5")),
				Rule.EXPECTATION_UNSCORED, "Quick");
		assertTrue(noTarget.message().contains("no target"), noTarget.message());
		Finding neither = assertOnly(spec.check(BASE.replace(EXPECTATION, "expects Quick \"Served quickly\"")),
				Rule.EXPECTATION_UNSCORED, "Quick");
		assertTrue(neither.message().contains("neither a score nor a target"), neither.message());
	}

	@Test
	void scoreTargetAndScaleMayComeInAnyOrder() {
		assertClean(spec.check(BASE.replace(EXPECTATION, "expects Quick \"Served quickly\" out of 5 target 4 scored 4")));
	}

	@Test
	void aScoreOutsideItsScaleIsReported() {
		assertOnly(spec.check(BASE.replace(EXPECTATION, "expects Quick \"Served quickly\" scored 6 target 6 out of 5")),
				Rule.SCORE_OUT_OF_RANGE, 2, "Quick");
		assertOnly(spec.check(BASE.replace(EXPECTATION, "expects Quick \"Served quickly\" scored -1 target -1")),
				Rule.SCORE_OUT_OF_RANGE, 2, "Quick");
		assertOnly(spec.check(BASE.replace(EXPECTATION, "expects Quick \"Served quickly\" scored 4 target 4 out of 0")),
				Rule.SCORE_OUT_OF_RANGE, "Quick");
	}

	@Test
	void scoresOnTheEdgesOfTheScaleAreFine() {
		assertClean(spec.check(BASE.replace(EXPECTATION, "expects Quick \"Served quickly\" scored 0 target 5 out of 5")
				.replace("delivers Ease", "delivers Ease\n addresses Quick")));
	}

	@Test
	void anExpectationBelowTargetThatNoTouchpointAddressesIsReported() {
		assertOnly(spec.check(BASE.replace(EXPECTATION, "expects Quick \"Served quickly\" scored 2.8 target 4.2 out of 5")),
				Rule.EXPECTATION_NOT_ADDRESSED, "Quick");
	}

	@Test
	void anExpectationBelowTargetAddressedInAnotherFileIsFine() {
		String customers = "customer Tourists \"Visitors\" {\n    expects Map \"Find things\" scored 2 target 4 out of 5\n}\n";
		String addressing = BASE.replace("delivers Ease", "delivers Ease\n            addresses Map");
		assertClean(spec.checkFiles("customers.cxspec", customers, "spec.cxspec", addressing));
	}

	@Test
	void anExpectationAtOrAboveTargetNeedsNoTouchpoint() {
		assertClean(spec.check(BASE.replace(EXPECTATION, "expects Quick \"Served quickly\" scored 4.5 target 4 out of 5")));
	}

	@Test
	void aMetricWithoutTargetIsReported() {
		assertOnly(spec.check(BASE.replace(" target 2 lower", " lower")), Rule.METRIC_WITHOUT_TARGET, "CES");
	}

	@Test
	void aMetricThatDoesNotSayWhichWayIsBetterIsReported() {
		assertOnly(spec.check(BASE.replace(" lower is better", "")), Rule.METRIC_WITHOUT_DIRECTION, "CES");
	}

	@Test
	void metricPartsMayComeInAnyOrder() {
		assertClean(spec.check(BASE.replace("current 3 target 2 lower is better", "lower is better target 2 current 3")));
	}

	@Test
	void aRoleOrPartnerWithNothingToDoIsAnInfo() {
		assertOnly(spec.check(withDeclarations("role Manager \"Store manager\"")), Rule.ROLE_WITHOUT_TOUCHPOINTS, "Manager");
		Finding partner = assertOnly(spec.check(withDeclarations("partner Courier \"Delivery partner\"")),
				Rule.ROLE_WITHOUT_TOUCHPOINTS, "Courier");
		assertTrue(partner.message().contains("partner"), partner.message());
	}

	@Test
	void owningAProgrammeOrALoopOrStaffingInAnotherFileIsWork() {
		String withManager = withDeclarations("role Manager \"Store manager\"\n" + PROGRAMME.replace("owner Clerk", "owner Manager"));
		assertClean(spec.check(withManager));
		assertClean(spec.check(withDeclarations("role Manager \"Store manager\"\n" + LOOP.replace("owner Clerk", "owner Manager"))));
		assertClean(spec.checkFiles("people.cxspec", "partner Courier \"Delivery partner\"\n", "spec.cxspec",
				BASE.replace("staffed by Clerk", "staffed by Clerk, Courier")));
	}

	@Test
	void cleanBaseHasNoTraceabilityFinding() {
		assertClean(spec.check(SpecFixture.BASE));
	}
}
