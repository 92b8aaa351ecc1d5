package org.cxspec.cli;

import org.cxspec.generator.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cxspec.formatting2.SpecFormatting;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.Locations;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecFiles;
import org.cxspec.load.SpecLoader;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "format", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Lays specs out the way the editor does: one statement per line, blocks indented by four spaces.",
				"Only spacing between words changes; a file with syntax errors is left as it is." },
		exitCodeListHeading = "%nExit status:%n",
		exitCodeList = { "0:every file is formatted (with --check: already was)",
				"1:with --check, a file would change; or a file has syntax errors and was left alone",
				"2:usage error, unreadable path, or no .cxspec file" })
final class FormatCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--check", description = "Change nothing; list the files that would change and exit 1 if there are any (for CI).")
	boolean check;

	@Parameters(paramLabel = "PATH", arity = "1..*", description = ".cxspec files or folders (searched recursively).")
	List<Path> paths = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		LoadedSpec loaded;
		try {
			loaded = Language.get(SpecLoader.class).load(SpecFiles.collect(paths));
		} catch (BadInputException badInput) {
			err.println("cxspec: " + badInput.getMessage());
			return Main.BAD_INPUT;
		}
		SpecFormatting formatting = Language.get(SpecFormatting.class);
		List<Path> changed = new ArrayList<>();
		int broken = 0;
		for (Resource resource : loaded.resources()) {
			Path file = loaded.fileOf(resource);
			String written = ((XtextResource) resource).getParseResult().getRootNode().getText();
			String formatted = formatting.format((XtextResource) resource);
			if (formatted == null) {
				broken++;
				reportSyntaxErrors(loaded, file, err);
			} else if (!formatted.equals(written)) {
				changed.add(file);
				if (!check) {
					write(file, formatted);
				}
			}
		}
		for (Path file : changed) {
			out.println(check ? Locations.display(file) : "formatted " + Locations.display(file));
		}
		int total = loaded.resources().size();
		String summary = check
				? changed.size() + " of " + total + " file(s) would be reformatted"
				: changed.size() + " of " + total + " file(s) reformatted";
		err.println(summary + (broken == 0 ? "." : "; " + broken + " file(s) with syntax errors left as they are."));
		return broken > 0 || (check && !changed.isEmpty()) ? Main.FINDINGS : Main.OK;
	}

	private static void reportSyntaxErrors(LoadedSpec loaded, Path file, PrintWriter err) {
		for (Finding finding : Language.get(SpecChecker.class).check(loaded)) {
			if (finding.file().equals(file) && Rule.SYNTAX_ERROR.id().equals(finding.ruleId())) {
				err.println(finding.displayPath() + ":" + finding.line() + ":" + finding.column() + ": error: "
						+ finding.message() + " [" + finding.ruleId() + "]");
			}
		}
		err.println(Locations.display(file) + ": not formatted: fix the syntax errors first.");
	}


	/** The whole new text or nothing: a temporary file beside the spec, then a rename over it. */
	private static void write(Path file, String text) {
		try {
			AtomicFile.write(file, text);
		} catch (IOException cannotWrite) {
			throw new UserProblem(file + ": cannot write the formatted spec (" + cannotWrite.getClass().getSimpleName() + ": "
					+ cannotWrite.getMessage() + "); the file is unchanged");
		}
	}
}
