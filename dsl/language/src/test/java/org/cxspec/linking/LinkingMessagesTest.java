package org.cxspec.linking;

import static org.cxspec.testing.SpecFixture.BASE;
import static org.cxspec.testing.SpecFixture.assertOnly;
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

/** A name that resolves to nothing: say what kind was wanted, and the closest names. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class LinkingMessagesTest {

	@Inject
	private SpecFixture spec;

	@Test
	void aMisspelledValueSuggestsTheClosestName() {
		// Ease is then delivered by nothing: that finding belongs to the value, not this test.
		List<Finding> findings = spec.check(BASE.replace("delivers Ease", "delivers Eas"));
		Finding finding = assertOnly(SpecFixture.ofRule(findings, Rule.UNRESOLVED_REFERENCE), Rule.UNRESOLVED_REFERENCE, "Eas");
		assertTrue(finding.message().contains("did you mean Ease"), finding.message());
		assertTrue(finding.message().contains("value"), finding.message());
		assertEquals(15, finding.line());
		assertEquals(22, finding.column());
	}

	@Test
	void aCustomerUsedWhereAValueIsExpectedSaysSo() {
		List<Finding> findings = spec.check(BASE.replace("delivers Ease", "delivers Ease, Shoppers"));
		Finding finding = assertOnly(findings, Rule.UNRESOLVED_REFERENCE, "Shoppers");
		assertTrue(finding.message().contains("customer segment"), finding.message());
		assertTrue(finding.message().contains("not a value"), finding.message());
	}

	@Test
	void aNameFarFromEveryOtherAsksToDeclareIt() {
		Finding finding = assertOnly(spec.check(BASE.replace("staffed by Clerk", "staffed by Clerk, Zeppelin")),
				Rule.UNRESOLVED_REFERENCE, "Zeppelin");
		assertTrue(finding.message().contains("declare it"), finding.message());
	}

	@Test
	void aNameDeclaredInAnotherFileResolves() {
		SpecFixture.assertClean(spec.checkFiles("people.cxspec", "role Cashier \"Cashier\"\n", "spec.cxspec",
				BASE.replace("staffed by Clerk", "staffed by Clerk, Cashier")));
	}

	@Test
	void aMisspelledNameSuggestsANameFromAnotherFile() {
		List<Finding> findings = spec.checkFiles("people.cxspec", "role Cashier \"Cashier\"\n", "spec.cxspec",
				BASE.replace("staffed by Clerk", "staffed by Clerk, Cashir"));
		Finding finding = assertOnly(SpecFixture.ofRule(findings, Rule.UNRESOLVED_REFERENCE), Rule.UNRESOLVED_REFERENCE, "Cashir");
		assertTrue(finding.message().contains("did you mean Cashier"), finding.message());
	}

	@Test
	void pastTheModelsSuggestionBudgetANameIsStillNamedAndAskedToBeDeclared() {
		StringBuilder text = new StringBuilder();
		StringBuilder delivered = new StringBuilder();
		for (int i = 0; i < 4_000; i++) {
			text.append("value Value").append(i).append(" \"v\" drives retention\n");
			delivered.append(i == 0 ? "" : ", ").append("Valeu").append(i);
		}
		text.append("journey J \"j\" {\n stage S \"s\" {\n touchpoint T \"t\" {\n delivers ").append(delivered).append("\n }\n }\n}\n");
		List<String> messages = SpecFixture.ofRule(spec.check(text.toString()), Rule.UNRESOLVED_REFERENCE).stream().map(Finding::message).toList();
		assertEquals(4_000, messages.size());
		assertTrue(messages.get(0).contains("Valeu0: did you mean Value0"), messages.get(0));
		assertTrue(messages.get(3_999).endsWith("Valeu3999: declare it, or correct the name."), messages.get(3_999));
		// The same spec, checked again, gets the same messages: the budget counts work, not time.
		assertEquals(messages, SpecFixture.ofRule(spec.check(text.toString()), Rule.UNRESOLVED_REFERENCE).stream().map(Finding::message).toList());
	}

	@Test
	void aReferenceResolvedAgainGetsOneErrorAndACorrectedOneLosesIt() {
		org.cxspec.load.LoadedSpec loaded = spec.load(BASE.replace("delivers Ease", "delivers Eas, Eass"));
		org.eclipse.xtext.resource.XtextResource resource = (org.eclipse.xtext.resource.XtextResource) loaded.resources().get(0);
		for (int round = 0; round < 3; round++) {
			org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resource);
			assertEquals(List.of("Eas", "Eass"), linkingErrors(resource), "after resolving " + (round + 1) + " times");
		}
		// An edit: the file is read again; its errors are the new text's, not a mix with the old.
		String text = resource.getParseResult().getRootNode().getText();
		int at = text.indexOf("Eass");
		resource.update(at, "Eass".length(), "Ease");
		org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resource);
		assertEquals(List.of("Eas"), linkingErrors(resource));
		resource.update(text.indexOf("Eas,"), "Eas".length(), "Eass");
		org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resource);
		assertEquals(List.of("Eass"), linkingErrors(resource));
	}

	private static List<String> linkingErrors(org.eclipse.xtext.resource.XtextResource resource) {
		return resource.getErrors().stream().filter(org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic.class::isInstance)
				.map(error -> error.getMessage().replaceAll("^No value is named (\\w+).*", "$1")).sorted().toList();
	}
}
