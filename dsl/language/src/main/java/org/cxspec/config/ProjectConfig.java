package org.cxspec.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.cxspec.rules.Rule;
import org.eclipse.xtext.diagnostics.Severity;

/**
 * A project's {@code cxspec.yaml}: severities per rule, the thresholds rules use, and overrides
 * of both for files matching globs (relative to the configuration's folder; later entries win).
 * {@link #DEFAULTS} is what applies when no configuration is found.
 */
public record ProjectConfig(Path file, Map<Rule, Severity> rules, List<PathRules> paths, Thresholds thresholds) {

	public static final String FILE_NAME = "cxspec.yaml";

	public static final ProjectConfig DEFAULTS = new ProjectConfig(null, Map.of(), List.of(),
			new Thresholds(OptionalInt.empty(), OptionalInt.empty()));

	public ProjectConfig {
		rules = Map.copyOf(rules);
		paths = List.copyOf(paths);
	}

	/** How loudly {@code rule} speaks in {@code specFile}; {@link Severity#IGNORE} when switched off. */
	public Severity severityOf(Rule rule, Path specFile) {
		Severity severity = rules.getOrDefault(rule, rule.defaultSeverity());
		if (!paths.isEmpty() && specFile != null && file != null) {
			Path relative = relativeToConfig(specFile);
			for (PathRules override : paths) {
				if (override.rules().containsKey(rule) && override.matches(relative)) {
					severity = override.rules().get(rule);
				}
			}
		}
		return severity;
	}

	/** The thresholds for {@code specFile}: the file-wide ones, overridden by matching path entries in order. */
	public Thresholds thresholdsFor(Path specFile) {
		Thresholds result = thresholds;
		if (!paths.isEmpty() && specFile != null && file != null) {
			Path relative = relativeToConfig(specFile);
			for (PathRules override : paths) {
				if (override.matches(relative)) {
					result = result.overriddenBy(override.thresholds());
				}
			}
		}
		return result;
	}

	private Path relativeToConfig(Path specFile) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		Path spec = specFile.toAbsolutePath().normalize();
		return spec.startsWith(folder) ? folder.relativize(spec) : spec;
	}

	/** Severities and thresholds for the spec files matching any of {@code globs} (e.g. {@code legacy/**}). */
	public record PathRules(List<String> globs, Map<Rule, Severity> rules, Thresholds thresholds) {

		public PathRules {
			globs = List.copyOf(globs);
			rules = Map.copyOf(rules);
		}

		boolean matches(Path relative) {
			for (String glob : globs) {
				PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
				if (matcher.matches(relative)) {
					return true;
				}
			}
			return false;
		}
	}

	/** Tuned thresholds; empty means the rule's own default. */
	public record Thresholds(OptionalInt scriptedTouchpointTights, OptionalInt closedLoopMaxHours) {

		Thresholds overriddenBy(Thresholds other) {
			return new Thresholds(other.scriptedTouchpointTights().isPresent() ? other.scriptedTouchpointTights() : scriptedTouchpointTights,
					other.closedLoopMaxHours().isPresent() ? other.closedLoopMaxHours() : closedLoopMaxHours);
		}
	}
}
