package org.cxspec.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cxspec.generator.CxspecVersion;
import org.cxspec.generator.findings.Baseline;
import org.cxspec.generator.findings.FindingsFormat;
import org.cxspec.generator.findings.FindingsReport;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.cxspec.load.SpecValidation;
import org.eclipse.xtext.diagnostics.Severity;

/**
 * Validates the project's specs with every consistency rule, as {@code cxspec validate} does
 * (same configuration, suppressions and baselines), logs the findings, writes the reports under
 * {@code target/cxspec/} and fails the build on findings at or above {@code failOn}. An unchanged
 * set of specs and configuration is not validated again.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class ValidateMojo extends AbstractSpecMojo {

	/** Report only findings that are not in this baseline (written by {@code cxspec validate --write-baseline}). */
	@Parameter(property = "cxspec.baseline")
	private File baseline;

	/** Lowest severity that fails the build: error, warning, info or never. */
	@Parameter(property = "cxspec.failOn", defaultValue = "error")
	private String failOn;

	/** Reports to write under {@link #outputDirectory}: sarif, junit, json (also text, github). */
	@Parameter
	private String[] formats = { "sarif", "junit", "json" };

	@Parameter(property = "cxspec.outputDirectory", defaultValue = "${project.build.directory}/cxspec")
	private File outputDirectory;

	/** Validate even when nothing changed since the last validation. */
	@Parameter(property = "cxspec.incremental", defaultValue = "true")
	private boolean incremental;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("cxspec: validation skipped (cxspec.skip).");
			return;
		}
		Severity threshold = threshold();
		List<FindingsFormat> reportFormats = reportFormats();
		List<Path> specs = specs();
		Path output = outputDirectory.toPath();
		String hash = hash(specs, reportFormats);
		Optional<ValidationState> last = incremental ? ValidationState.read(output) : Optional.empty();
		if (last.isPresent() && last.get().hash().equals(hash)
				&& reportFormats.stream().allMatch(format -> Files.isRegularFile(output.resolve(Reports.fileName(format))))) {
			getLog().info("cxspec: nothing changed since the last validation (" + plural(specs.size(), "spec file")
					+ ", configuration, baseline, options): not validated again. " + last.get().summary());
			if (last.get().failed()) {
				throw new MojoFailureException("cxspec: " + last.get().summary() + " See " + output + ".");
			}
			return;
		}
		FindingsReport report = validate(specs, threshold);
		log(report.findings());
		try {
			for (FindingsFormat format : reportFormats) {
				Reports.writeAtomically(output.resolve(Reports.fileName(format)), format.render(report));
			}
			new ValidationState(hash, report.fails(), report.summary()).write(output);
		} catch (IOException cannotWrite) {
			throw new MojoExecutionException("cxspec: cannot write the reports in " + output + ": " + cannotWrite.getMessage());
		}
		getLog().info("cxspec: " + report.summary() + " Reports in " + output + ".");
		if (report.fails()) {
			throw new MojoFailureException("cxspec: " + report.summary() + " (failOn " + failOn + "). See " + output + ".");
		}
	}

	private FindingsReport validate(List<Path> specs, Severity threshold) throws MojoExecutionException {
		try {
			Baseline known = baseline == null ? null : Baseline.read(baseline.toPath());
			SpecValidation validation = CxspecLanguage.injector().getInstance(SpecValidation.class);
			List<Finding> findings = validation.validate(specs, configPath());
			if (known != null) {
				Baseline.Comparison comparison = known.compare(findings, baseline.toPath());
				getLog().info("cxspec: baseline " + baseline + ": " + plural(comparison.known(), "known finding") + " not reported.");
				for (Baseline.Entry gone : comparison.gone()) {
					getLog().info("cxspec: gone since the baseline: " + gone.file() + ": " + gone.message() + " [" + gone.rule() + "]");
				}
				findings = comparison.fresh();
			}
			String sarif = outputDirectory.toPath().resolve(Reports.fileName(FindingsFormat.SARIF)).toString();
			return new FindingsReport(specs, findings, threshold, sarif);
		} catch (BadInputException badInput) {
			throw new MojoExecutionException("cxspec: " + badInput.getMessage());
		}
	}

	private static String plural(int count, String word) {
		return count + " " + word + (count == 1 ? "" : "s");
	}

	private String hash(List<Path> specs, List<FindingsFormat> reportFormats) throws MojoExecutionException {
		try {
			return ValidationState.hashOf(specs, configPath(),
					baseline == null ? null : baseline.toPath(),
					"cxspec " + CxspecVersion.VERSION + " failOn " + failOn + " formats " + reportFormats + " baseline " + baseline);
		} catch (IOException unreadable) {
			throw new MojoExecutionException("cxspec: cannot read the specs: " + unreadable.getMessage());
		}
	}

	private Severity threshold() throws MojoExecutionException {
		return switch (failOn == null ? "" : failOn.strip().toLowerCase(Locale.ROOT)) {
		case "error" -> Severity.ERROR;
		case "warning" -> Severity.WARNING;
		case "info" -> Severity.INFO;
		case "never" -> Severity.IGNORE;
		default -> throw new MojoExecutionException("cxspec: unknown failOn '" + failOn + "': use error, warning, info or never");
		};
	}

	private List<FindingsFormat> reportFormats() throws MojoExecutionException {
		List<FindingsFormat> result = new ArrayList<>();
		for (String name : formats == null ? new String[0] : formats) {
			FindingsFormat format = Reports.format(name);
			if (format == null) {
				throw new MojoExecutionException("cxspec: unknown report format '" + name + "': use sarif, junit, json, text or github");
			}
			result.add(format);
		}
		return result;
	}
}
