package org.cxspec.config;

import org.cxspec.rules.RuleThresholds;
import org.eclipse.emf.ecore.EObject;

import com.google.inject.Inject;

/** Thresholds from the {@code cxspec.yaml} that applies to the element's file (and its path entries), else the defaults. */
public class ConfiguredThresholds implements RuleThresholds {

	private static final RuleThresholds DEFAULTS = new RuleThresholds.Defaults();

	@Inject
	private ProjectConfigs configs;

	@Override
	public int scriptedTouchpointTights(EObject element) {
		return thresholds(element).scriptedTouchpointTights().orElse(DEFAULTS.scriptedTouchpointTights(element));
	}

	@Override
	public int closedLoopMaxHours(EObject element) {
		return thresholds(element).closedLoopMaxHours().orElse(DEFAULTS.closedLoopMaxHours(element));
	}

	private ProjectConfig.Thresholds thresholds(EObject element) {
		return configs.configOf(element).thresholdsFor(ConfiguredSeverities.specFile(element));
	}
}
