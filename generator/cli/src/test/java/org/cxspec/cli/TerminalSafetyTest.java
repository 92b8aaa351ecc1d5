package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine.Command;

/**
 * What reaches the user's terminal: never a raw control or bidi character from a spec (a crafted
 * spec must not clear the screen, retitle the terminal or split a report line), and never a
 * stack trace, whatever goes wrong inside, out of memory and stack overflows included.
 */
class TerminalSafetyTest {

	/** ESC ] 0 ; ... BEL retitles a terminal; ESC [ 2 J clears it; U+202E reverses text; U+0085 is a line break to some readers. */
	private static final String HOSTILE = "Smile\u001b]0;pwned\u0007\u001b[2J\u202e\u0085";

	@TempDir
	Path dir;

	private Path hostileSpec() {
		String conflict = Specs.CLEAN.replace("tight \"Say your name\" for Fairness",
				"tight \"" + HOSTILE + "\" for Fairness\n            loose \"" + HOSTILE + "\" within \"Be kind\"");
		return Specs.write(dir, "odd\u001b[31mname.cxspec", conflict);
	}

	private static void assertNothingRaw(String output) {
		for (char c : output.toCharArray()) {
			boolean raw = c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e;
			assertFalse(raw, () -> String.format("raw U+%04X in: %s", (int) c, output));
		}
	}

	@Test
	void textOutputShowsControlCharactersEscaped() {
		CliRun run = CliRun.of("validate", hostileSpec().toString());
		assertEquals(1, run.exit(), run.err());
		assertNothingRaw(run.out());
		assertTrue(run.out().contains("Smile\\u001b]0;pwned\\u0007\\u001b[2J\\u202e\\u0085"), run.out());
		assertTrue(run.out().contains("odd\\u001b[31mname.cxspec:"), run.out());
		assertTrue(run.out().lines().allMatch(line -> line.contains(".cxspec:") || line.startsWith("1 error")), run.out());
	}

	@Test
	void githubAnnotationsShowControlCharactersEscaped() {
		CliRun run = CliRun.of("validate", "--format", "github", hostileSpec().toString());
		assertNothingRaw(run.out());
		assertTrue(run.out().contains("odd\\u001b[31mname.cxspec,line="), run.out());
		assertTrue(run.out().contains("\\u202e"), run.out());
	}

	@Test
	void messagesOnStandardErrorAreEscapedToo() {
		CliRun run = CliRun.of("generate", "--out", dir.resolve("out").toString(), hostileSpec().toString());
		assertEquals(1, run.exit());
		assertNothingRaw(run.out() + run.err());
		CliRun missing = CliRun.of("validate", dir.resolve("gone\u001b[2J.cxspec").toString());
		assertNothingRaw(missing.err());
		assertTrue(missing.err().contains("gone\\u001b[2J.cxspec: no such file or folder"), missing.err());
	}

	@Command(name = "cxspec")
	static final class Failing implements Callable<Integer> {
		private final Throwable failure;

		Failing(Throwable failure) {
			this.failure = failure;
		}

		@Override
		public Integer call() throws Exception {
			if (failure instanceof Error error) {
				throw error;
			}
			throw (Exception) failure;
		}
	}

	private static CliRun failingWith(Throwable failure) {
		java.io.StringWriter out = new java.io.StringWriter();
		java.io.StringWriter err = new java.io.StringWriter();
		int exit = Main.run(new Failing(failure), new String[0], new java.io.PrintWriter(out), new java.io.PrintWriter(err));
		return new CliRun(exit, out.toString(), err.toString());
	}

	@Test
	void anyThrowableIsOneLineAndExitTwoNeverFindings() {
		for (Throwable failure : new Throwable[] { new OutOfMemoryError("Java heap space"), new StackOverflowError(),
				new AssertionError("broken"), new NoClassDefFoundError("x/Y"), new IllegalStateException("bug"),
				new java.io.IOException("disk") }) {
			CliRun run = failingWith(failure);
			assertEquals(2, run.exit(), failure + ": " + run.err());
			assertFalse(run.printedStackTrace(), run.err());
			assertEquals(1, run.err().lines().count(), run.err());
			assertTrue(run.err().startsWith("cxspec: "), run.err());
		}
		assertTrue(failingWith(new OutOfMemoryError("Java heap space")).err().contains("out of memory"));
		assertTrue(failingWith(new StackOverflowError()).err().contains("nested too deeply"));
		// Xtext's parser wraps an OutOfMemoryError in its ParseException (seen with 15 MB of '{' under a 1.5 GB heap)
		CliRun wrapped = failingWith(new IllegalStateException("parse failed", new OutOfMemoryError("Java heap space")));
		assertTrue(wrapped.err().startsWith("cxspec: out of memory (Java heap space)"), wrapped.err());
	}

	@Command(name = "cxspec")
	static final class Recursing implements Callable<Integer> {
		@Override
		public Integer call() {
			return depth(0);
		}

		private static int depth(int level) {
			return level < 0 ? level : depth(level + 1) + 1;
		}
	}

	@Test
	void aRealStackOverflowInsideACommandIsOneLine() {
		java.io.StringWriter err = new java.io.StringWriter();
		int exit = Main.run(new Recursing(), new String[0], new java.io.PrintWriter(new java.io.StringWriter()),
				new java.io.PrintWriter(err));
		assertEquals(2, exit);
		assertEquals(1, err.toString().lines().count(), err.toString());
		assertTrue(err.toString().contains("nested too deeply"), err.toString());
	}
}
