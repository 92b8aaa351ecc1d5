package org.cxspec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxspec.tests.CxspecInjectorProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The language's own validation, as the language server runs it on a workspace file (a plain
 * resource set, no command-line code), obeys the cxspec.yaml next to the spec and its
 * suppressions, and tells when that configuration cannot be read.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class ConfigurationInEditorsTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@TempDir
	Path workspace;

	private List<Issue> validate(String spec) throws IOException {
		Files.createDirectories(workspace.resolve(".git"));
		Path file = Files.writeString(Files.createDirectories(workspace.resolve("specs")).resolve("acme.cxspec"), """
				brand Acme "Acme" { promise "We fix it." differentiates from "queues" }
				""" + spec);
		Resource resource = resourceSets.get().getResource(URI.createFileURI(file.toString()), true);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	@Test
	void severitiesAndThresholdsComeFromTheNearestConfiguration() throws IOException {
		Files.writeString(workspace.resolve(ProjectConfig.FILE_NAME), """
				rules:
				  value-not-delivered: error
				thresholds:
				  closed-loop-max-hours: 12
				""");
		List<Issue> issues = validate("""
				value Fast "Fast fixes" drives retention
				role Desk "Desk"
				closed loop Unhappy "Unhappy" { when "score below 3" respond within 20 hours owner Desk }
				""");
		Issue notDelivered = issues.stream().filter(issue -> "value-not-delivered".equals(issue.getCode())).findFirst().orElseThrow();
		assertEquals(Severity.ERROR, notDelivered.getSeverity());
		Issue slow = issues.stream().filter(issue -> "slow-closed-loop".equals(issue.getCode())).findFirst().orElseThrow();
		assertTrue(slow.getMessage().contains("follow up within 12 hours"), slow.getMessage());
	}

	@Test
	void anUnreadableConfigurationIsShownOnTheSpecAndDefaultsApply() throws IOException {
		Files.writeString(workspace.resolve(ProjectConfig.FILE_NAME), "rules:\n  value-not-delivered: sometimes\n");
		List<Issue> issues = validate("value Fast \"Fast fixes\" drives retention\n");
		Issue invalid = issues.stream().filter(issue -> "invalid-configuration".equals(issue.getCode())).findFirst().orElseThrow();
		assertEquals(Severity.ERROR, invalid.getSeverity());
		assertTrue(invalid.getMessage().contains("cxspec.yaml:2:24: unknown severity 'sometimes'"), invalid.getMessage());
		assertEquals(1, invalid.getLineNumber());
		assertTrue(issues.stream().anyMatch(issue -> "value-not-delivered".equals(issue.getCode())
				&& issue.getSeverity() == Severity.WARNING));
	}

	@Test
	void suppressionsApplyInEditorsToo() throws IOException {
		List<Issue> issues = validate("""
				// cxspec-ignore value-not-delivered: delivered by the partner's own process
				value Fast "Fast fixes" drives retention
				""");
		assertTrue(issues.stream().noneMatch(issue -> "value-not-delivered".equals(issue.getCode())), issues.toString());
	}
}
