package org.cxspec.validation;

import static org.cxspec.testing.SpecFixture.PROGRAMME;
import static org.cxspec.testing.SpecFixture.assertClean;
import static org.cxspec.testing.SpecFixture.assertOnly;
import static org.cxspec.testing.SpecFixture.withDeclarations;
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
class CoCreationValidatorTest {

	private static final String GOAL = "goal \"Less effort at the till\" metric CES target 2 by \"2027-Q1\"";

	@Inject
	private SpecFixture spec;

	private List<Finding> checkProgramme(String programme) {
		return spec.check(withDeclarations(programme));
	}

	private static String without(String statement) {
		return PROGRAMME.replace("    " + statement + "\n", "");
	}

	@ParameterizedTest
	@ValueSource(strings = { "participation for self", "creation for self", "participation for others", "creation with others" })
	void everyTypeIsAccepted(String type) {
		assertClean(checkProgramme(PROGRAMME.replace("participation for others", type)));
	}

	@Test
	void aProgrammeWithoutTypeIsReported() {
		assertOnly(checkProgramme(without("type participation for others")), Rule.COCREATION_WITHOUT_TYPE, "Panel");
	}

	@Test
	void aProgrammeWithoutGoalIsAnError() {
		assertOnly(checkProgramme(without(GOAL)), Rule.COCREATION_WITHOUT_GOAL, "Panel");
	}

	@Test
	void aGoalWithoutMetricTargetOrDeadlineIsNotMeasurable() {
		Finding noMetric = assertOnly(checkProgramme(PROGRAMME.replace(" metric CES", "")), Rule.GOAL_NOT_MEASURABLE, "Panel");
		assertTrue(noMetric.message().contains("a metric"), noMetric.message());
		Finding noTarget = assertOnly(checkProgramme(PROGRAMME.replace(" target 2 by", " by")), Rule.GOAL_NOT_MEASURABLE, "Panel");
		assertTrue(noTarget.message().contains("a target"), noTarget.message());
		Finding none = assertOnly(checkProgramme(PROGRAMME.replace(GOAL, "goal \"Happier shoppers\"")), Rule.GOAL_NOT_MEASURABLE, "Panel");
		assertTrue(none.message().contains("a metric and a target and a deadline"), none.message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "next year", "2027-Q5", "2027-13-01", "2027-02-30", "Q1 2027" })
	void aDeadlineThatIsNoQuarterOrDateIsNotMeasurable(String deadline) {
		Finding finding = assertOnly(checkProgramme(PROGRAMME.replace("2027-Q1", deadline)), Rule.GOAL_NOT_MEASURABLE, "Panel");
		assertTrue(finding.message().contains(deadline), finding.message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2027-Q4", "2027-03-31", "2028-02-29" })
	void quartersAndRealDatesAreMeasurableDeadlines(String deadline) {
		assertClean(checkProgramme(PROGRAMME.replace("2027-Q1", deadline)));
	}

	@Test
	void goalPartsMayComeInAnyOrder() {
		assertClean(checkProgramme(PROGRAMME.replace(GOAL, "goal \"Less effort\" by \"2027-Q1\" target 2 metric CES")));
	}

	@Test
	void aProgrammeWithoutOwnerIsReported() {
		assertOnly(checkProgramme(without("owner Clerk")), Rule.COCREATION_WITHOUT_OWNER, "Panel");
	}

	@Test
	void aProgrammeInvolvingNoCustomerIsAnError() {
		assertOnly(checkProgramme(PROGRAMME.replace("involves Shoppers, Clerk", "involves Clerk")), Rule.COCREATION_WITHOUT_CUSTOMERS, "Panel");
	}

	@Test
	void aProgrammeInvolvingNoStaffIsReported() {
		assertOnly(checkProgramme(PROGRAMME.replace("involves Shoppers, Clerk", "involves Shoppers")), Rule.COCREATION_WITHOUT_STAFF, "Panel");
	}

	@Test
	void aProgrammeInvolvingNobodyLacksBothCustomersAndStaff() {
		List<Finding> findings = checkProgramme(without("involves Shoppers, Clerk"));
		assertOnly(SpecFixture.ofRule(findings, Rule.COCREATION_WITHOUT_CUSTOMERS), Rule.COCREATION_WITHOUT_CUSTOMERS, "Panel");
		assertOnly(SpecFixture.ofRule(findings, Rule.COCREATION_WITHOUT_STAFF), Rule.COCREATION_WITHOUT_STAFF, "Panel");
		assertTrue(findings.size() == 2, SpecFixture.describe(findings));
	}

	@Test
	void anUnresolvedNameInInvolvesIsReportedAloneFirst() {
		List<Finding> findings = checkProgramme(PROGRAMME.replace("involves Shoppers, Clerk", "involves Shopers"));
		assertOnly(findings, Rule.UNRESOLVED_REFERENCE, "Shopers");
	}

	@Test
	void aProgrammeWithoutRhythmIsReported() {
		assertOnly(checkProgramme(without("rhythm community \"two questions a week\" business \"monthly review\"")),
				Rule.COCREATION_WITHOUT_RHYTHM, "Panel");
		assertOnly(checkProgramme(PROGRAMME.replace("rhythm community \"two questions a week\" business \"monthly review\"", "rhythm")),
				Rule.COCREATION_WITHOUT_RHYTHM, "Panel");
	}

	@Test
	void aCommunityOrBusinessRhythmAloneIsARhythm() {
		assertClean(checkProgramme(PROGRAMME.replace(" business \"monthly review\"", "")));
		assertClean(checkProgramme(PROGRAMME.replace("community \"two questions a week\" business \"monthly review\"",
				"business \"monthly review\" community \"daily\"")));
	}

	@Test
	void aProgrammeThatNeverReportsBackIsReported() {
		assertOnly(checkProgramme(without("report back \"A monthly note on what changed\"")), Rule.COCREATION_WITHOUT_REPORT_BACK, "Panel");
	}

	@Test
	void aProgrammeWithNothingButNameAndDescriptionGetsEveryFindingAndNoSyntaxError() {
		List<Finding> findings = checkProgramme("cocreation Bare \"Nothing yet\" { }");
		for (Rule rule : List.of(Rule.COCREATION_WITHOUT_TYPE, Rule.COCREATION_WITHOUT_GOAL, Rule.COCREATION_WITHOUT_OWNER,
				Rule.COCREATION_WITHOUT_CUSTOMERS, Rule.COCREATION_WITHOUT_STAFF, Rule.COCREATION_WITHOUT_RHYTHM,
				Rule.COCREATION_WITHOUT_REPORT_BACK)) {
			assertOnly(SpecFixture.ofRule(findings, rule), rule, "Bare");
		}
		assertTrue(findings.size() == 7, SpecFixture.describe(findings));
	}
}
