package org.cxspec.testing;

import static org.cxspec.testing.SpecFixture.assertClean;

import org.cxspec.tests.CxspecInjectorProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The clean bases every rule test builds on really are clean, so a finding in a test is the test's own. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class FixtureTest {

	@Inject
	private SpecFixture spec;

	@Test
	void baseEarnsNoFinding() {
		assertClean(spec.check(SpecFixture.BASE));
	}

	@Test
	void baseWithProgrammeAndLoopEarnsNoFinding() {
		assertClean(spec.check(SpecFixture.withDeclarations(SpecFixture.PROGRAMME + SpecFixture.LOOP)));
	}
}
