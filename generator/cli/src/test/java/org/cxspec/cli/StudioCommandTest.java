package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `cxspec studio` says when it cannot start: one line, exit status 2, no browser opened. */
class StudioCommandTest {

	@TempDir
	Path dir;

	private static void assertOneLine(CliRun run, String expected) {
		assertEquals(2, run.exit(), run.out() + run.err());
		assertFalse(run.printedStackTrace(), run.err());
		assertEquals(1, run.err().lines().filter(line -> line.startsWith("cxspec:")).count(), run.err());
		assertTrue(run.err().contains(expected), run.err());
		assertFalse(run.out().contains("token="), "no address is printed");
	}

	@Test
	void aMissingFolder() {
		assertOneLine(CliRun.of("studio", "--no-open", dir.resolve("nowhere").toString()), "nowhere: not a folder");
	}

	@Test
	void aFileInsteadOfAFolder() {
		Path file = Specs.write(dir, "brand.cxspec", Specs.CLEAN);
		assertOneLine(CliRun.of("studio", "--no-open", file.toString()), "brand.cxspec: not a folder");
	}

	@Test
	void aPortInUse() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertOneLine(CliRun.of("studio", "--no-open", "--port", Integer.toString(taken.getLocalPort()), dir.toString()),
					"is in use or not allowed");
		}
	}

	@Test
	void notAPort() {
		assertOneLine(CliRun.of("studio", "--no-open", "--port", "70000", dir.toString()), "--port 70000: not a port");
	}

	@Test
	void anUnknownLanguage() {
		CliRun run = CliRun.of("studio", "--lang", "fr", dir.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("--lang"), run.err());
	}
}
