package org.cxspec.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cxspec.generator.findings.Baseline;
import org.cxspec.generator.findings.FindingsFormat;
import org.cxspec.generator.findings.FindingsReport;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.cxspec.load.SpecFiles;
import org.cxspec.load.SpecValidation;
import org.cxspec.rules.Rule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
		description = "Checks specs against every consistency rule. All files given together form one model.",
		exitCodeListHeading = "%nExit status:%n",
		exitCodeList = { "0:no finding at or above --fail-on", "1:a finding at or above --fail-on",
				"2:usage error, unreadable path, no .cxspec file, or a configuration or baseline that cannot be read" })
final class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", paramLabel = "text|json|sarif|junit|github", description = "Output format (default: ${DEFAULT-VALUE}).",
			defaultValue = "text", converter = Options.FormatConverter.class)
	FindingsFormat format;

	@Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
	Path output;

	@Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error",
			converter = Options.FailOnConverter.class, description = "Lowest severity that fails the run (default: ${DEFAULT-VALUE}).")
	Options.FailOn failOn;

	@Option(names = "--explain", description = "In text format, follow each finding with why its rule matters.")
	boolean explain;

	@Option(names = "--config", paramLabel = "FILE", description = "Use this configuration (cxspec.yaml format) for every spec,"
			+ " instead of the nearest cxspec.yaml above each spec file.")
	Path config;

	@Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings that are not in this baseline,"
			+ " and say which baseline entries are gone; the exit status counts new findings only.")
	Path baseline;

	@Option(names = "--write-baseline", paramLabel = "FILE", description = "Record today's findings in FILE as the baseline"
			+ " (by file, rule and element, not by line); the run then exits 0 unless the input is bad.")
	Path writeBaseline;

	@Option(names = "--sarif", paramLabel = "FILE", description = "Also write every finding as SARIF to FILE (for code"
			+ " scanning), whatever --format says.")
	Path sarif;

	@Option(names = "--each", description = "Treat every sub-folder or .cxspec file of each PATH as a spec of its own"
			+ " (one model each, e.g. one per brand) and report them together.")
	boolean each;

	@Option(names = "--responses", paramLabel = "FILE", arity = "1..*", description = "Also check the spec against these survey"
			+ " exports (CSV, as in `cxspec results`): metrics off target, stated scores the answers contradict, unusable rows,"
			+ " unknown names, overdue follow-ups, old data.")
	List<Path> responses = new ArrayList<>();

	@Option(names = "--now", paramLabel = "TIME", description = "With --responses: judge follow-ups at this ISO 8601 date-time"
			+ " (default: the current time).")
	String now;

	@Parameters(paramLabel = "PATH", arity = "0..*", description = ".cxspec files or folders (searched recursively).")
	List<Path> paths = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		List<Path> files;
		List<Finding> findings;
		Baseline known;
		try {
			if (!responses.isEmpty()) {
				ResponsesInput.separate(responses, paths);
			} else if (paths.isEmpty()) {
				throw new BadInputException("no spec given: add .cxspec files or folders");
			}
			List<EachSpec.Found> specs = each ? EachSpec.jobs(paths) : List.of(new EachSpec.Found("", null, SpecFiles.collect(paths)));
			Map<Path, List<Path>> exports = each && !responses.isEmpty() ? ResponsesInput.byFolder(specs, responses) : Map.of();
			Options.refuseSpecAsOutput(output, "--output");
			Options.refuseSpecAsOutput(writeBaseline, "--write-baseline");
			Options.refuseSpecAsOutput(sarif, "--sarif");
			known = baseline == null ? null : Baseline.read(baseline);
			files = new ArrayList<>();
			findings = new ArrayList<>();
			for (EachSpec.Found found : specs) {
				List<Path> model = found.files();
				files.addAll(model);
				SpecValidation.Checked checked = Language.get(SpecValidation.class).check(model, config);
				findings.addAll(checked.findings());
				List<Path> measuredBy = each ? exports.getOrDefault(found.root(), List.of()) : responses;
				if (!measuredBy.isEmpty()) {
					findings.addAll(ResponsesInput.measure(checked.spec(), model, config, measuredBy, now).findings());
				}
			}
			files.addAll(responses);
		} catch (BadInputException badInput) {
			err.println("cxspec: " + badInput.getMessage());
			return Main.BAD_INPUT;
		}
		List<Finding> reported = findings;
		if (known != null) {
			Baseline.Comparison comparison = known.compare(findings, baseline);
			reported = comparison.fresh();
			tell(err, baseline, comparison);
		}
		FindingsReport report = new FindingsReport(files, reported, failOn.severity(), sarif == null ? null : sarif.toString());
		String rendered = explain && format == FindingsFormat.TEXT ? explained(report) : format.render(report);
		if (sarif != null) {
			Options.writeAtomically(sarif, FindingsFormat.SARIF.render(report));
		}
		if (output == null) {
			spec.commandLine().getOut().print(rendered);
		} else {
			Options.writeAtomically(output, rendered);
			err.println(report.summary() + " Report written to " + output + ".");
		}
		if (writeBaseline != null) {
			Options.writeAtomically(writeBaseline, Baseline.of(findings, writeBaseline).toJson());
			err.println("Baseline of " + findings.size() + (findings.size() == 1 ? " finding" : " findings") + " written to "
					+ writeBaseline + ".");
			return Main.OK;
		}
		return report.fails() ? Main.FINDINGS : Main.OK;
	}

	/** On stderr, so the report itself stays in its format: how much the baseline hid, and what is gone. */
	static void tell(PrintWriter err, Path baseline, Baseline.Comparison comparison) {
		err.println("Baseline " + baseline + ": " + comparison.known() + " known " + (comparison.known() == 1 ? "finding" : "findings")
				+ " not reported; " + comparison.fresh().size() + " new.");
		if (!comparison.gone().isEmpty()) {
			err.println(comparison.gone().size() + (comparison.gone().size() == 1 ? " baseline entry is" : " baseline entries are")
					+ " gone (fixed or changed; write the baseline again to drop them):");
			for (Baseline.Entry gone : comparison.gone()) {
				err.println("  " + gone.file() + ": " + gone.message() + " [" + gone.rule() + "]"
						+ (gone.count() > 1 ? " (" + gone.count() + " times)" : ""));
			}
		}
	}

	private static String explained(FindingsReport report) {
		StringBuilder out = new StringBuilder();
		String text = FindingsFormat.TEXT.render(report);
		List<String> lines = text.lines().toList();
		for (int i = 0; i < report.findings().size(); i++) {
			out.append(lines.get(i)).append('\n');
			Rule.byId(report.findings().get(i).ruleId())
					.ifPresent(rule -> out.append("    why: ").append(rule.explanation()).append('\n'));
		}
		return out.append(report.summary()).append('\n').toString();
	}
}
