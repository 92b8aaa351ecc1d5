package org.cxspec.config;

import org.cxspec.rules.RuleThresholds;
import org.eclipse.emf.ecore.EObject;

import com.google.inject.Inject;

/** Thresholds from the {@code cxspec.yaml} that applies to the element's file, else the defaults. */
public class ConfiguredThresholds implements RuleThresholds {

	private static final RuleThresholds DEFAULTS = new RuleThresholds.Defaults();

	@Inject
	private ProjectConfigs configs;

	@Override
	public int scriptedTouchpointTights(EObject element) {
		return configs.configOf(element).thresholds().scriptedTouchpointTights()
				.orElse(DEFAULTS.scriptedTouchpointTights(element));
	}

	@Override
	public int closedLoopMaxHours(EObject element) {
		return configs.configOf(element).thresholds().closedLoopMaxHours().orElse(DEFAULTS.closedLoopMaxHours(element));
	}
}
