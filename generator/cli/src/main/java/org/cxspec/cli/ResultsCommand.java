package org.cxspec.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.cxspec.generator.findings.Baseline;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.cxspec.load.SpecFiles;
import org.cxspec.load.SpecValidation;
import org.cxspec.results.Measured;
import org.cxspec.results.ResultsFormat;
import org.cxspec.rules.Rule;
import org.eclipse.xtext.diagnostics.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "results", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Measures a spec against survey exports (CSV): a scorecard per metric (overall, per touchpoint, per"
				+ " segment, per period, against target) and the closed-loop follow-ups, open or overdue.",
				"The output holds the follow-up worklist, which identifies respondents: write it only where it may be read." },
		exitCodeListHeading = "%nExit status:%n",
		exitCodeList = { "0:results written", "1:--fail-on names something present (an overdue follow-up, a metric off target),"
				+ " or the spec has errors", "2:usage error, or input that cannot be used (with file, line and column)" })
final class ResultsCommand implements Callable<Integer> {

	enum FailOn {
		OVERDUE, OFF_TARGET, NEVER
	}

	static final class FailOnConverter implements ITypeConverter<FailOn> {
		@Override
		public FailOn convert(String value) {
			try {
				return FailOn.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
			} catch (IllegalArgumentException unknown) {
				throw new TypeConversionException("unknown --fail-on '" + value + "': use overdue, off-target or never");
			}
		}
	}

	static final class FormatConverter implements ITypeConverter<ResultsFormat> {
		@Override
		public ResultsFormat convert(String value) {
			try {
				return ResultsFormat.of(value);
			} catch (IllegalArgumentException unknown) {
				throw new TypeConversionException("unknown format '" + value + "': use text, markdown, json or csv");
			}
		}
	}

	@Spec
	CommandSpec spec;

	@Option(names = "--format", paramLabel = "text|markdown|json|csv", defaultValue = "text", converter = FormatConverter.class,
			description = "Output format (default: ${DEFAULT-VALUE}).")
	ResultsFormat format;

	@Option(names = "--output", paramLabel = "FILE", description = "Write the results to FILE (atomically) instead of standard output.")
	Path output;

	@Option(names = "--now", paramLabel = "TIME", description = "Judge follow-ups at this ISO 8601 date-time (default: the current time).")
	String now;

	@Option(names = "--fail-on", paramLabel = "overdue|off-target|never", split = ",", converter = FailOnConverter.class,
			description = "Exit 1 when a follow-up is overdue, or a metric is measured off its target (default: never).")
	List<FailOn> failOn = new ArrayList<>();

	@Option(names = "--config", paramLabel = "FILE", description = "Use this cxspec.yaml (its responses: mapping and rule"
			+ " severities) instead of the nearest one above the spec.")
	Path config;

	@Option(names = "--baseline", paramLabel = "FILE", description = "Leave out results findings this baseline (from `validate"
			+ " --responses --write-baseline`) knows; --fail-on counts only what is left.")
	Path baseline;

	@Option(names = "--responses", paramLabel = "FILE", arity = "1..*", required = true,
			description = "Survey exports (CSV, ',' or ';', UTF-8 with or without BOM), long or wide as cxspec.yaml says.")
	List<Path> responses = new ArrayList<>();

	@Parameters(paramLabel = "PATH", arity = "0..*", description = ".cxspec files or folders (searched recursively).")
	List<Path> paths = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		Measured measured;
		try {
			ResponsesInput.separate(responses, paths);
			List<Path> files = SpecFiles.collect(paths);
			Options.refuseSpecAsOutput(output);
			ResponsesInput.refuseResponsesAsOutput(output, responses);
			SpecValidation.Checked checked = Language.get(SpecValidation.class).check(files, config);
			List<Finding> errors = checked.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
			if (!errors.isEmpty()) {
				errors.forEach(finding -> err.println(finding.displayPath() + ":" + finding.line() + ":" + finding.column()
						+ ": error: " + finding.message() + " [" + finding.ruleId() + "]"));
				err.println("cxspec: the spec has errors (listed above); fix them to measure it.");
				return Main.FINDINGS;
			}
			measured = ResponsesInput.measure(checked.spec(), files, config, responses, now);
			if (baseline != null) {
				Baseline.Comparison comparison = Baseline.read(baseline).onlyRules(ResultsCommand::isResultsRule)
						.compare(measured.findings(), baseline);
				ValidateCommand.tell(err, baseline, comparison);
				measured = measured.withFindings(comparison.fresh());
			}
		} catch (BadInputException badInput) {
			err.println("cxspec: " + badInput.getMessage());
			return Main.BAD_INPUT;
		}
		String rendered = format.render(measured);
		if (output == null) {
			spec.commandLine().getOut().print(rendered);
		} else {
			Options.writeAtomically(output, rendered);
		}
		err.println(measured.reading().summary() + " " + measured.followUps().size() + " follow-ups open, " + measured.overdue()
				+ " overdue." + (output == null ? "" : " Results written to " + output + "."));
		Set<FailOn> failing = failOn.isEmpty() ? EnumSet.noneOf(FailOn.class) : EnumSet.copyOf(failOn);
		// through the findings, so that what a suppression, cxspec.yaml or the baseline accepts does not fail the job
		boolean fails = failing.contains(FailOn.OVERDUE) && measured.hasFinding(Rule.FOLLOW_UP_OVERDUE.id())
				|| failing.contains(FailOn.OFF_TARGET) && measured.hasFinding(Rule.METRIC_OFF_TARGET.id());
		return fails ? Main.FINDINGS : Main.OK;
	}

	static boolean isResultsRule(String ruleId) {
		return Rule.byId(ruleId).filter(rule -> rule.concern() == Rule.Concern.RESULTS || rule == Rule.UNUSED_SUPPRESSION).isPresent();
	}
}
