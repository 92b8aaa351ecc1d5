package org.cxspec.cli.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;

import org.cxspec.cli.Main;

import com.sun.management.OperatingSystemMXBean;

/**
 * One in-process run of the command line, with what it printed and the processor time it took
 * (the process's, garbage collection included: on a shared machine, wall time measures the
 * neighbours).
 */
record CliRun(int exit, String out, String err, long millis) {

	static CliRun of(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		long start = cpuNanos();
		int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
		return new CliRun(exit, out.toString(), err.toString(), (cpuNanos() - start) / 1_000_000);
	}

	private static long cpuNanos() {
		return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** What a user would see as a crash: a Java stack trace. */
	boolean printedStackTrace() {
		String all = out + err;
		return all.contains("\tat ") || all.contains("Exception in thread") || all.contains("\n\tat");
	}

	@Override
	public String toString() {
		return "exit " + exit + " after " + millis + " ms of processor time\n" + shorten(out) + "\n" + shorten(err);
	}

	private static String shorten(String text) {
		return text.length() > 2_000 ? text.substring(0, 2_000) + "..." : text;
	}
}
