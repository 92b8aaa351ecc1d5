package org.cxspec.config;

import java.nio.file.Path;

import org.cxspec.rules.Rule;
import org.cxspec.rules.RuleSeverities;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;

import com.google.inject.Inject;

/** Severities from the {@code cxspec.yaml} that applies to the element's file (per rule, then per path). */
public class ConfiguredSeverities implements RuleSeverities {

	@Inject
	private ProjectConfigs configs;

	@Override
	public Severity severityOf(Rule rule, EObject element) {
		ProjectConfig config = configs.configOf(element);
		if (config == ProjectConfig.DEFAULTS) {
			return rule.defaultSeverity();
		}
		return config.severityOf(rule, specFile(element));
	}

	static Path specFile(EObject element) {
		URI uri = element.eResource() == null ? null : element.eResource().getURI();
		return uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null;
	}
}
