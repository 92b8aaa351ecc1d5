package org.cxspec.rules;

import org.eclipse.emf.ecore.EObject;

import com.google.inject.ImplementedBy;

/**
 * The numbers rules compare against, for one element; teams may tune them in their project
 * configuration (bound in the runtime module).
 */
@ImplementedBy(RuleThresholds.Defaults.class)
public interface RuleThresholds {

	/** How many tight standards, with no loose freedom, make a staffed touchpoint scripted. */
	int scriptedTouchpointTights(EObject element);

	/** The slowest acceptable closed-loop response, in hours (closed-loop management: 24). */
	int closedLoopMaxHours(EObject element);

	final class Defaults implements RuleThresholds {
		@Override
		public int scriptedTouchpointTights(EObject element) {
			return 3;
		}

		@Override
		public int closedLoopMaxHours(EObject element) {
			return 24;
		}
	}
}
