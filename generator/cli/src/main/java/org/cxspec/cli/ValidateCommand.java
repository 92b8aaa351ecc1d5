package org.cxspec.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cxspec.generator.findings.FindingsFormat;
import org.cxspec.generator.findings.FindingsReport;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecFiles;
import org.cxspec.load.SpecLoader;
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
				"2:usage error, unreadable path, or no .cxspec file" })
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

	@Parameters(paramLabel = "PATH", arity = "1..*", description = ".cxspec files or folders (searched recursively).")
	List<Path> paths = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		List<Path> files;
		LoadedSpec loaded;
		try {
			files = SpecFiles.collect(paths);
			Options.refuseSpecAsOutput(output);
			loaded = Language.get(SpecLoader.class).load(files);
		} catch (BadInputException badInput) {
			err.println("cxspec: " + badInput.getMessage());
			return Main.BAD_INPUT;
		}
		List<Finding> findings = Language.get(SpecChecker.class).check(loaded);
		FindingsReport report = new FindingsReport(files, findings, failOn.severity());
		String rendered = explain && format == FindingsFormat.TEXT ? explained(report) : format.render(report);
		if (output == null) {
			spec.commandLine().getOut().print(rendered);
		} else {
			Options.writeAtomically(output, rendered);
			err.println(report.summary() + " Report written to " + output + ".");
		}
		return report.fails() ? Main.FINDINGS : Main.OK;
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
