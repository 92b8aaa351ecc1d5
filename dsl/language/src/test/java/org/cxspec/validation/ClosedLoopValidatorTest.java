package org.cxspec.validation;

import static org.cxspec.testing.SpecFixture.LOOP;
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
class ClosedLoopValidatorTest {

	@Inject
	private SpecFixture spec;

	private List<Finding> checkLoop(String loop) {
		return spec.check(withDeclarations(loop));
	}

	@Test
	void aLoopWithoutTriggerIsReported() {
		assertOnly(checkLoop(LOOP.replace("    when CES above 5\n", "")), Rule.CLOSED_LOOP_WITHOUT_TRIGGER, "Followup");
	}

	@Test
	void aTriggerInWordsIsATrigger() {
		assertClean(checkLoop(LOOP.replace("when CES above 5", "when \"a customer complains at the till\"")));
		assertClean(checkLoop(LOOP.replace("when CES above 5", "when CES below -2.5")));
	}

	@Test
	void aLoopWithoutResponseTimeIsReported() {
		assertOnly(checkLoop(LOOP.replace("    respond within 24 hours\n", "")), Rule.CLOSED_LOOP_WITHOUT_RESPONSE_TIME, "Followup");
	}

	@ParameterizedTest
	@ValueSource(strings = { "25 hours", "2 days", "1441 minutes" })
	void aLoopSlowerThanADayIsReported(String time) {
		Finding finding = assertOnly(checkLoop(LOOP.replace("24 hours", time)), Rule.SLOW_CLOSED_LOOP, "Followup");
		assertTrue(finding.message().contains(time), finding.message());
		assertTrue(finding.message().contains("24 hours"), finding.message());
	}

	@ParameterizedTest
	@ValueSource(strings = { "24 hours", "1 day", "1 hour", "90 minutes", "1440 minutes" })
	void aLoopWithinADayIsFine(String time) {
		assertClean(checkLoop(LOOP.replace("24 hours", time)));
	}

	@Test
	void aLoopWithoutOwnerIsAnError() {
		assertOnly(checkLoop(LOOP.replace("    owner Clerk\n", "")), Rule.CLOSED_LOOP_WITHOUT_OWNER, "Followup");
	}

	@Test
	void aBareLoopGetsEachFindingAndNoSyntaxError() {
		List<Finding> findings = checkLoop("closed loop Bare \"Nothing yet\" { }");
		for (Rule rule : List.of(Rule.CLOSED_LOOP_WITHOUT_TRIGGER, Rule.CLOSED_LOOP_WITHOUT_RESPONSE_TIME, Rule.CLOSED_LOOP_WITHOUT_OWNER)) {
			assertOnly(SpecFixture.ofRule(findings, rule), rule, "Bare");
		}
		assertTrue(findings.size() == 3, SpecFixture.describe(findings));
	}
}
