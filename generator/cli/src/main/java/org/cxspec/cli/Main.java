package org.cxspec.cli;

import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;

/** Entry point of the {@code cxspec} command: exit 0 clean, 1 findings, 2 usage or input problems. */
public final class Main {

	public static final int OK = 0;
	public static final int FINDINGS = 1;
	public static final int BAD_INPUT = 2;

	private Main() {
	}

	/** The commands that read specs: their language set-up can start before the command line is read. */
	private static final Set<String> READ_SPECS = Set.of("validate", "generate", "format", "warm-up");

	public static void main(String[] args) {
		if (args.length > 0 && READ_SPECS.contains(args[0])) {
			Language.prepareInBackground();
		}
		System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/** Runs one command; never throws, never prints a stack trace. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		return run(new CxspecCommand(), args, out, err);
	}

	/**
	 * Runs {@code command} (the cxspec command, or a test's): whatever it throws, errors such as
	 * OutOfMemoryError and StackOverflowError included, becomes one line and exit status 2, which
	 * CI never mistakes for findings (1). Standard error is escaped for the terminal.
	 */
	static int run(Object command, String[] args, PrintWriter out, PrintWriter terminalErr) {
		PrintWriter err = new PrintWriter(new TerminalWriter(terminalErr), true);
		CommandLine commandLine = new CommandLine(command);
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setExecutionExceptionHandler((problem, line, parsed) -> {
			err.println("cxspec: " + describe(problem));
			return BAD_INPUT;
		});
		commandLine.setParameterExceptionHandler((problem, args1) -> {
			err.println("cxspec: " + problem.getMessage());
			err.println("Try 'cxspec " + commandName(problem.getCommandLine()) + "--help' for usage.");
			return BAD_INPUT;
		});
		try {
			return commandLine.execute(args);
		} catch (Throwable internal) {
			err.println("cxspec: " + describe(internal));
			return BAD_INPUT;
		} finally {
			out.flush();
			err.flush();
		}
	}

	private static String commandName(CommandLine commandLine) {
		String name = commandLine.getCommandName();
		return "cxspec".equals(name) ? "" : name + " ";
	}

	private static String describe(Throwable problem) {
		if (problem instanceof UserProblem) {
			return problem.getMessage();
		}
		// a library may wrap the error (Xtext's parser reports an OutOfMemoryError as a ParseException)
		for (Throwable cause = problem; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof OutOfMemoryError) {
				return "out of memory (" + cause.getMessage() + "): the input is too large for this Java's heap;"
						+ " split the spec into smaller files, or give Java more memory (CXSPEC_JAVA_OPTS=-Xmx4g ./cxspec ...)";
			}
			if (cause instanceof StackOverflowError) {
				return "the input is nested too deeply to be read (StackOverflowError): flatten the nesting";
			}
		}
		String message = problem.getMessage();
		return "internal error: " + problem.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
	}
}
