package org.cxspec.validation;

import static org.cxspec.testing.SpecFixture.BASE;
import static org.cxspec.testing.SpecFixture.LOOP;
import static org.cxspec.testing.SpecFixture.PROGRAMME;
import static org.cxspec.testing.SpecFixture.assertClean;
import static org.cxspec.testing.SpecFixture.assertOnly;
import static org.cxspec.testing.SpecFixture.inBrand;
import static org.cxspec.testing.SpecFixture.withDeclarations;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
class RepeatedStatementValidatorTest {

	@Inject
	private SpecFixture spec;

	@Test
	void aSecondPromiseIsReportedOnTheSecond() {
		Finding finding = assertOnly(spec.check(inBrand("promise \"Cheap, every time.\"")), Rule.REPEATED_STATEMENT, "Shop");
		assertEquals(4, finding.line());
	}

	@Test
	void aSecondOwnerOfAProgrammeIsReported() {
		String twoOwners = PROGRAMME.replace("owner Clerk", "owner Clerk\n    owner Clerk");
		assertOnly(spec.check(withDeclarations(twoOwners)), Rule.REPEATED_STATEMENT, "Panel");
	}

	@Test
	void aSecondGoalTypeAndRhythmOfAProgrammeAreEachReported() {
		String repeated = PROGRAMME.replace("report back", """
				type creation with others
				    goal "Shorter queues" metric CES target 2 by "2027-Q2"
				    rhythm community "daily"
				    report back""");
		assertOnly(spec.check(withDeclarations(repeated)), Rule.REPEATED_STATEMENT, 3, "Panel");
	}

	@Test
	void aSecondResponseTimeAndOwnerOfALoopAreReported() {
		String repeated = LOOP.replace("owner Clerk", "owner Clerk\n    owner Clerk\n    respond within 2 hours");
		assertOnly(spec.check(withDeclarations(repeated)), Rule.REPEATED_STATEMENT, 2, "Followup");
	}

	@Test
	void statementsThatMayRepeatAreNotReported() {
		String text = withDeclarations(PROGRAMME.replace("method interviews", "method interviews\n    method \"feedback sessions\"")
				+ LOOP.replace("when CES above 5", "when CES above 5\n    when \"a customer complains twice\""));
		assertClean(spec.check(text.replace("/*TILL*/", "backstage \"Card reader\"\n backstage \"Stock system\"")));
		assertClean(spec.check(BASE));
	}
}
