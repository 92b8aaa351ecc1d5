package org.cxspec.validation;

import java.util.List;
import java.util.Map;

import org.cxspec.cxspec.CxspecPackage;
import org.cxspec.index.SpecIndex;
import org.cxspec.index.SpecIndexProvider;
import org.cxspec.rules.Rule;
import org.cxspec.rules.RuleSeverities;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.cxspec.model.Kinds;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/**
 * Base of the validators, one per concern of the framework, composed by {@link CxspecValidator}.
 * Every finding goes through {@link #report}, which stamps the rule id as the issue code and
 * applies the severity configured for that rule.
 */
public abstract class RuleValidator extends AbstractDeclarativeValidator {

	@Inject
	private RuleSeverities severities;

	@Inject
	private SpecIndexProvider indexProvider;

	@Inject
	private OperationCanceledManager cancellation;

	@Override
	public void register(EValidatorRegistrar registrar) {
		// Registered through CxspecValidator's @ComposedChecks, never on its own.
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(CxspecPackage.eINSTANCE);
	}

	/**
	 * A check that throws would be swallowed (a NullPointerException, by Xtext's design) or
	 * would end the file's validation with a log line only, and CI would read the spec as clean:
	 * it becomes an error finding of its own on the element being checked, which configuration
	 * cannot lower. Cancellation still propagates, and so does running out of memory.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable failure) {
		cancellation.propagateIfCancelException(failure);
		if (failure.getClass().getName().equals("org.eclipse.xtext.validation.GuardException")) {
			return; // guard(false): Xtext's way for a check to say "not applicable here" (the class is not public)
		}
		if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
			throw (VirtualMachineError) failure;
		}
		EObject element = getCurrentObject();
		String name = element == null ? null : SimpleAttributeResolver.NAME_RESOLVER.apply(element);
		String what = Kinds.of(element) + (name == null ? "" : " " + name);
		String cause = failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + oneLine(failure.getMessage()));
		String check = getCurrentMethod() == null ? getClass().getSimpleName() : getCurrentMethod().getName();
		getMessageAcceptor().acceptError("cxspec's check " + check + " failed on " + what + " (" + cause
				+ "), so this spec is not fully checked: this is a bug in cxspec, please report it.", element, null,
				INSIGNIFICANT_INDEX, Rule.RULE_FAILED.id());
	}

	private static String oneLine(String text) {
		String line = text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Z}]+", " ").strip();
		return line.length() > 120 ? line.substring(0, 117) + "..." : line;
	}

	/** Reports a finding of {@code rule} on {@code feature} of {@code element} (the whole element if null). */
	protected void report(Rule rule, String message, EObject element, EStructuralFeature feature, String... data) {
		report(rule, message, element, feature, INSIGNIFICANT_INDEX, data);
	}

	/** As {@link #report(Rule, String, EObject, EStructuralFeature, String...)}, on one item of a list feature. */
	protected void report(Rule rule, String message, EObject element, EStructuralFeature feature, int index, String... data) {
		switch (severities.severityOf(rule, element)) {
		case ERROR -> error(message, element, feature, index, rule.id(), data);
		case WARNING -> warning(message, element, feature, index, rule.id(), data);
		case INFO -> info(message, element, feature, index, rule.id(), data);
		default -> {
			// IGNORE: the rule is switched off for this element.
		}
		}
	}

	/** As {@link #report(Rule, String, EObject, EStructuralFeature, String...)}, on a range of the text. */
	protected void reportRange(Rule rule, String message, EObject element, int offset, int length, String... data) {
		switch (severities.severityOf(rule, element)) {
		case ERROR -> getMessageAcceptor().acceptError(message, element, offset, length, rule.id(), data);
		case WARNING -> getMessageAcceptor().acceptWarning(message, element, offset, length, rule.id(), data);
		case INFO -> getMessageAcceptor().acceptInfo(message, element, offset, length, rule.id(), data);
		default -> {
			// IGNORE: the rule is switched off for this element.
		}
		}
	}

	/**
	 * The whole model this element belongs to, across all files validated together; looked up
	 * once per validated file (the validation context lives as long as that), not per element.
	 */
	protected SpecIndex index(EObject element) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return indexProvider.indexOf(element);
		}
		return (SpecIndex) context.computeIfAbsent(SpecIndex.class, key -> indexProvider.indexOf(element));
	}

	/** A text for messages: the quoted text, shortened to keep a message on one line. */
	protected static String quote(String text) {
		String oneLine = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		return "\"" + (oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine) + "\"";
	}
}
