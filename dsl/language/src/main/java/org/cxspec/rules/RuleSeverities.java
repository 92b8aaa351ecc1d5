package org.cxspec.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;

import com.google.inject.ImplementedBy;

/**
 * Decides how loudly a rule speaks for one element. The default is the rule's own severity;
 * project configuration (per rule, per path) is bound in the runtime module.
 * {@link Severity#IGNORE} turns a rule off.
 */
@ImplementedBy(RuleSeverities.Defaults.class)
public interface RuleSeverities {

	Severity severityOf(Rule rule, EObject element);

	final class Defaults implements RuleSeverities {
		@Override
		public Severity severityOf(Rule rule, EObject element) {
			return rule.defaultSeverity();
		}
	}
}
