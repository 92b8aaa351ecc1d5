package org.cxspec.rules;

import com.google.inject.ImplementedBy;

/** The numbers rules compare against; teams may tune them in their project configuration. */
@ImplementedBy(RuleThresholds.Defaults.class)
public interface RuleThresholds {

	/** How many tight standards, with no loose freedom, make a staffed touchpoint scripted. */
	int scriptedTouchpointTights();

	/** The slowest acceptable closed-loop response, in hours (closed-loop management: 24). */
	int closedLoopMaxHours();

	final class Defaults implements RuleThresholds {
		@Override
		public int scriptedTouchpointTights() {
			return 3;
		}

		@Override
		public int closedLoopMaxHours() {
			return 24;
		}
	}
}
