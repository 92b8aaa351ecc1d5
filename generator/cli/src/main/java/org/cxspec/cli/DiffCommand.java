package org.cxspec.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.cxspec.diff.DiffFormat;
import org.cxspec.diff.SpecDiff;
import org.cxspec.diff.SpecDiffer;
import org.cxspec.diff.UnusableSide;
import org.cxspec.load.BadInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Tells what changed between two versions of a spec: brand-level changes first, then what changes for"
				+ " each role and partner, every change, and the findings introduced and fixed.",
				"OLD and NEW are each a .cxspec file or folder, or REV:PATH read from the git repository around the working"
						+ " directory (main:specs/, v1.2:examples/insurer-claims); nothing in the checkout is touched." },
		exitCodeListHeading = "%nExit status:%n",
		exitCodeList = { "0:compared (and nothing --fail-on names changed)", "1:--fail-on names something that changed",
				"2:usage error, unreadable path or revision, or a version with syntax errors" })
final class DiffCommand implements Callable<Integer> {

	/** What needs an explicit approval: a changed promise, changed standards (or promise), or any change. */
	enum FailOn {
		PROMISE, TIGHT, ANY, NEVER;

		boolean fails(SpecDiff diff) {
			return switch (this) {
			case PROMISE -> diff.promiseChanged();
			case TIGHT -> diff.promiseChanged() || diff.standardsChanged();
			case ANY -> !diff.isEmpty();
			case NEVER -> false;
			};
		}
	}

	@Spec
	CommandSpec spec;

	@Option(names = "--format", paramLabel = "text|markdown|json", defaultValue = "text", converter = FormatConverter.class,
			description = "Output format (default: ${DEFAULT-VALUE}); markdown fits a pull-request comment or $GITHUB_STEP_SUMMARY.")
	DiffFormat format;

	@Option(names = "--output", paramLabel = "FILE", description = "Write the diff to FILE instead of standard output.")
	Path output;

	@Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
			description = "Language of the words cxspec writes (default: ${DEFAULT-VALUE}); spec text stays as written.")
	GenerateCommand.Lang lang;

	@Option(names = "--fail-on", paramLabel = "promise|tight|any", defaultValue = "never",
			description = "Exit 1 when the promise changed (promise), when the promise or any tight standard changed (tight),"
					+ " or on any change (any), so the change needs an explicit approval (default: ${DEFAULT-VALUE}).")
	FailOn failOn;

	@Parameters(index = "0", paramLabel = "OLD", description = "The earlier version: a file, a folder or REV:PATH.")
	String before;

	@Parameters(index = "1", paramLabel = "NEW", description = "The later version: a file, a folder or REV:PATH.")
	String after;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		SpecDiff diff;
		try {
			Options.refuseSpecAsOutput(output);
			diff = Language.get(SpecDiffer.class).diff(before, after, lang.locale);
		} catch (BadInputException badInput) {
			err.println("cxspec: " + badInput.getMessage());
			return Main.BAD_INPUT;
		} catch (UnusableSide unusable) {
			unusable.errorLines().forEach(err::println);
			err.println("cxspec: " + unusable.getMessage());
			return Main.BAD_INPUT;
		}
		String rendered = format.render(diff);
		if (output == null) {
			spec.commandLine().getOut().print(rendered);
		} else {
			Options.writeAtomically(output, rendered);
			err.println("Diff written to " + output + ".");
		}
		if (failOn.fails(diff)) {
			err.println("cxspec: " + (failOn == FailOn.ANY ? "the spec changed"
					: diff.promiseChanged() ? "the brand promise changed" : "tight standards changed")
					+ " (--fail-on " + failOn.name().toLowerCase(Locale.ROOT) + "): this change needs an explicit approval.");
			return Main.FINDINGS;
		}
		return Main.OK;
	}

	static final class FormatConverter implements ITypeConverter<DiffFormat> {
		@Override
		public DiffFormat convert(String value) {
			return Arrays.stream(DiffFormat.values()).filter(format -> format.id().equalsIgnoreCase(value)).findFirst()
					.orElseThrow(() -> new TypeConversionException("unknown format '" + value + "': use one of "
							+ Arrays.stream(DiffFormat.values()).map(DiffFormat::id).collect(Collectors.joining(", "))));
		}
	}
}
