package org.cxspec.cli;

import org.cxspec.generator.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.cxspec.generator.findings.FindingsFormat;
import org.cxspec.load.BadInputException;
import org.cxspec.load.SpecFiles;
import org.eclipse.xtext.diagnostics.Severity;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values shared by the commands, and writing their results safely. */
final class Options {

	private Options() {
	}

	enum FailOn {
		ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(Severity.IGNORE);

		private final Severity severity;

		FailOn(Severity severity) {
			this.severity = severity;
		}

		Severity severity() {
			return severity;
		}
	}

	static final class FormatConverter implements ITypeConverter<FindingsFormat> {
		@Override
		public FindingsFormat convert(String value) {
			return Arrays.stream(FindingsFormat.values()).filter(format -> format.id().equalsIgnoreCase(value)).findFirst()
					.orElseThrow(() -> new TypeConversionException("unknown format '" + value + "': use one of "
							+ Arrays.stream(FindingsFormat.values()).map(FindingsFormat::id).collect(Collectors.joining(", "))));
		}
	}

	static final class FailOnConverter implements ITypeConverter<FailOn> {
		@Override
		public FailOn convert(String value) {
			try {
				return FailOn.valueOf(value.toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException unknown) {
				throw new TypeConversionException("unknown severity '" + value + "': use error, warning, info or never");
			}
		}
	}

	/** A report must never overwrite a spec somebody wrote. */
	static void refuseSpecAsOutput(Path output) throws BadInputException {
		refuseSpecAsOutput(output, "--output");
	}

	/** As {@link #refuseSpecAsOutput(Path)}, naming the option that was given the file. */
	static void refuseSpecAsOutput(Path output, String option) throws BadInputException {
		if (output != null && output.getFileName() != null && output.getFileName().toString().endsWith(SpecFiles.EXTENSION)) {
			throw new BadInputException(output + ": refusing to write a report over a " + SpecFiles.EXTENSION + " file (" + option + ")");
		}
		if (output != null && Files.isDirectory(output)) {
			throw new BadInputException(output + ": is a folder; " + option + " takes a file name");
		}
	}

	/**
	 * Writes the whole text or nothing: a temporary file beside the target, then a rename. A
	 * link is never replaced: a link into /dev or /proc ({@code --output /dev/stdout}, whatever
	 * standard output is) and a target that is not a regular file (a device, a named pipe) are
	 * written to as they are; a link to an ordinary file gets that file replaced atomically.
	 */
	static void writeAtomically(Path target, String text) {
		try {
			Path real = Files.exists(target) ? target.toRealPath() : target;
			boolean special = Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
			if (special || Files.isSymbolicLink(target) && (real.startsWith("/proc") || real.startsWith("/dev"))) {
				Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING);
				return;
			}
			AtomicFile.write(real, text);
		} catch (IOException cannotWrite) {
			throw new UserProblem(target + ": cannot write the report (" + cannotWrite.getClass().getSimpleName() + ": "
					+ cannotWrite.getMessage() + ")");
		}
	}
}
