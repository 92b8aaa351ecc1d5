package org.cxspec.cli;

import org.cxspec.generator.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.cxspec.formatting2.SpecFormatting;
import org.cxspec.generator.findings.TerminalText;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.Locations;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecFiles;
import org.cxspec.load.SpecLoader;
import org.cxspec.load.SpecText;
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

	/**
	 * Every file is checked before any is written: with a syntax error in one file, none is
	 * written (a folder is never left half formatted), and every file is reported.
	 */
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
		// Only syntax errors concern format, and the parse alone tells which files have them: the
		// rules run only to word those errors, so a clean spec is parsed and laid out, no more.
		Set<Resource> broken = loaded.resources().stream()
				.filter(resource -> formatting.hasSyntaxErrors((XtextResource) resource)).collect(Collectors.toSet());
		Map<Path, List<Finding>> syntaxErrorsByFile = broken.isEmpty() ? Map.of()
				: Language.get(SpecChecker.class).check(loaded).stream()
						.filter(finding -> Rule.SYNTAX_ERROR.id().equals(finding.ruleId()))
						.collect(Collectors.groupingBy(Finding::file));
		Map<Path, String> changed = new LinkedHashMap<>();
		List<Path> unformatted = new ArrayList<>();
		for (Resource resource : loaded.resources()) {
			Path file = loaded.fileOf(resource);
			List<Finding> syntaxErrors = syntaxErrorsByFile.getOrDefault(file, List.of());
			// A file with syntax errors is refused as it was parsed: it is never laid out first.
			String formatted = broken.contains(resource) ? null : formatting.format((XtextResource) resource);
			if (formatted == null) {
				unformatted.add(file);
				syntaxErrors.forEach(finding -> err.println(finding.displayPath() + ":" + finding.line() + ":" + finding.column()
						+ ": error: " + finding.message() + " [" + finding.ruleId() + "]"));
				err.println(Locations.display(file) + ": not formatted: fix the syntax errors first.");
			} else if (!formatted.equals(((XtextResource) resource).getParseResult().getRootNode().getText())) {
				changed.put(file, SpecText.restoreByteOrderMark(file, formatted));
			}
		}
		int total = loaded.resources().size();
		if (check) {
			changed.keySet().forEach(file -> out.println(shown(file)));
			err.println(changed.size() + " of " + total + " file(s) would be reformatted" + brokenNote(unformatted) + ".");
			return unformatted.isEmpty() && changed.isEmpty() ? Main.OK : Main.FINDINGS;
		}
		if (!unformatted.isEmpty()) {
			changed.keySet().forEach(file -> err.println(Locations.display(file) + ": would be reformatted; left as it is"));
			err.println("Nothing was written: " + unformatted.size() + " of " + total + " file(s) have syntax errors (listed above);"
					+ " fix them and run format again.");
			return Main.FINDINGS;
		}
		List<Path> readOnly = changed.keySet().stream().filter(file -> !Files.isWritable(file) || !Files.isWritable(file.getParent()))
				.toList();
		if (!readOnly.isEmpty()) {
			readOnly.forEach(file -> err.println(Locations.display(file) + ": cannot be written (check its permissions and its folder's)"));
			err.println("cxspec: nothing was written: " + readOnly.size() + " file(s) cannot be written.");
			return Main.BAD_INPUT;
		}
		List<Path> done = new ArrayList<>();
		for (Map.Entry<Path, String> file : changed.entrySet()) {
			try {
				AtomicFile.write(file.getKey(), file.getValue());
			} catch (IOException cannotWrite) {
				done.forEach(written -> out.println("formatted " + shown(written)));
				err.println("cxspec: " + Locations.display(file.getKey()) + ": cannot write the formatted spec ("
						+ cannotWrite.getClass().getSimpleName() + "); it and " + (changed.size() - done.size() - 1)
						+ " more file(s) are unchanged, " + done.size() + " were formatted (listed above)");
				return Main.BAD_INPUT;
			}
			done.add(file.getKey());
		}
		done.forEach(file -> out.println("formatted " + shown(file)));
		err.println(done.size() + " of " + total + " file(s) reformatted.");
		return Main.OK;
	}

	/** A file name on standard output, which is a terminal too: escaped as spec text is. */
	private static String shown(Path file) {
		return TerminalText.escape(Locations.display(file));
	}

	private static String brokenNote(List<Path> broken) {
		return broken.isEmpty() ? "" : "; " + broken.size() + " file(s) with syntax errors left as they are";
	}

}
