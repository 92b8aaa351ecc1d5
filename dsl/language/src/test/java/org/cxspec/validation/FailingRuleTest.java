package org.cxspec.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;

import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.Model;
import org.cxspec.rules.Rule;
import org.cxspec.testing.SpecFixture;
import org.cxspec.tests.CxspecInjectorProvider;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.AbstractValidationDiagnostic;
import org.eclipse.xtext.validation.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** A check that throws is an error finding of its own, never a silently clean spec. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class FailingRuleTest {

	/** Checks with bugs, as a future rule might have them. */
	static class BrokenChecks extends RuleValidator {
		static Throwable failure;

		@Check
		void brandIsChecked(Brand brand) throws Throwable {
			guard(failure != null);
			throw failure;
		}
	}

	@Inject
	private SpecFixture spec;

	@Inject
	private Injector injector;

	@Inject
	private OperationCanceledManager cancellation;

	@Test
	void anExceptionInACheckIsAnErrorOfItsOwnRuleNamingTheElement() {
		Diagnostic finding = single(new IllegalStateException("no journeys\n\u001b]0;owned\u0007 here"));
		assertEquals(Diagnostic.ERROR, finding.getSeverity());
		assertEquals(Rule.RULE_FAILED.id(), ((AbstractValidationDiagnostic) finding).getIssueCode());
		assertTrue(finding.getMessage().contains("brand Shop"), finding.getMessage());
		assertTrue(finding.getMessage().contains("brandIsChecked"), finding.getMessage());
		assertTrue(finding.getMessage().contains("IllegalStateException: no journeys ]0;owned here"), finding.getMessage());
		assertTrue(finding.getMessage().contains("bug in cxspec"), finding.getMessage());
	}

	@Test
	void aNullPointerExceptionIsNotSwallowedAsXtextWouldDo() {
		Diagnostic finding = single(new NullPointerException());
		assertEquals(Rule.RULE_FAILED.id(), ((AbstractValidationDiagnostic) finding).getIssueCode());
		assertTrue(finding.getMessage().contains("NullPointerException"), finding.getMessage());
	}

	@Test
	void aGuardStaysQuietAndCancellationStillStopsTheValidation() {
		assertEquals(List.of(), run(null));
		Throwable cancelled = assertThrows(Throwable.class, () -> run(canceled()));
		assertTrue(cancellation.isOperationCanceledException(cancelled), cancelled::toString);
		assertThrows(OutOfMemoryError.class, () -> run(new OutOfMemoryError("Java heap space")));
	}

	private RuntimeException canceled() {
		try {
			cancellation.throwOperationCanceledException();
			throw new AssertionError("not canceled");
		} catch (RuntimeException canceled) {
			return canceled;
		}
	}

	private Diagnostic single(Throwable failure) {
		List<Diagnostic> findings = run(failure);
		assertEquals(1, findings.size(), findings::toString);
		return findings.get(0);
	}

	private List<Diagnostic> run(Throwable failure) {
		BrokenChecks checks = injector.getInstance(BrokenChecks.class);
		Model model = (Model) spec.load(SpecFixture.BASE).resources().get(0).getContents().get(0);
		Brand brand = (Brand) model.getDeclarations().get(0);
		BrokenChecks.failure = failure;
		BasicDiagnostic diagnostics = new BasicDiagnostic();
		checks.validate(brand.eClass(), brand, diagnostics, new HashMap<>());
		return diagnostics.getChildren();
	}
}
