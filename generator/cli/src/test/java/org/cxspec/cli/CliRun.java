package org.cxspec.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exit, String out, String err) {

	static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
		return new CliRun(exit, out.toString(), err.toString());
	}

	/** What a user would see as a crash: a Java stack trace. */
	boolean printedStackTrace() {
		return (out + err).contains("\tat ") || (out + err).contains("Exception in thread");
	}
}
