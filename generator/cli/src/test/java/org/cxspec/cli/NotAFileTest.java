package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that are not spec files (devices, named pipes, /proc files, other names) get one line
 * and exit 2 at once: no endless read, no hang, no internal error. The preemptive timeouts only
 * turn a hang into a failure; the commands answer in well under a second.
 */
class NotAFileTest {

	private static final Duration HANG = Duration.ofSeconds(60);

	@TempDir
	Path dir;

	private static void refused(String expected, String... args) {
		CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.of(args));
		assertEquals(2, run.exit(), run.out() + run.err());
		assertFalse(run.printedStackTrace(), run.err());
		assertFalse(run.err().contains("internal error"), run.err());
		assertEquals(1, run.err().lines().count(), run.err());
		assertTrue(run.err().contains(expected), run.err());
	}

	@Test
	void aDeviceIsRefusedNotReadUntilMemoryRunsOut() {
		Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
		refused("not a regular file (a character device)", "validate", "/dev/zero");
	}

	@Test
	void aSpecNamedLinkToADeviceIsRefused() throws Exception {
		Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
		Path link = Files.createSymbolicLink(dir.resolve("zero.cxspec"), Path.of("/dev/zero"));
		refused("zero.cxspec: not a regular file (a character device)", "validate", link.toString());
		refused("zero.cxspec: not a regular file", "format", link.toString());
	}

	@Test
	void aNamedPipeIsRefusedNotWaitedOn() throws Exception {
		Path fifo = dir.resolve("pipe.cxspec");
		Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
		refused("pipe.cxspec: not a regular file (a named pipe)", "validate", fifo.toString());
		refused("pipe.cxspec: not a regular file (a named pipe)", "format", fifo.toString());
		refused("pipe.cxspec: not a regular file (a named pipe)", "generate", "--out", dir.resolve("out").toString(), fifo.toString());
	}

	@Test
	void aNamedPipeInsideAFolderIsNamed() throws Exception {
		Specs.write(dir, "brand.cxspec", Specs.CLEAN);
		Path fifo = dir.resolve("pipe.cxspec");
		Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
		refused("pipe.cxspec: not a regular file (a named pipe)", "validate", dir.toString());
		refused("pipe.cxspec: not a regular file (a named pipe)", "validate", "--each", dir.toString());
	}

	@Test
	void standardInputAndProcFilesAreNoSpecs() {
		Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/status")));
		refused("not a regular file", "validate", "/dev/stdin");
		refused("status: not a .cxspec file", "validate", "/proc/self/status");
	}

	@Test
	void aFileWithAnotherNameIsRefused() {
		Path notes = Specs.write(dir, "notes.txt", Specs.CLEAN);
		refused("notes.txt: not a .cxspec file", "validate", notes.toString());
		refused("notes.txt: not a .cxspec file", "format", notes.toString());
	}

	@Test
	void aProcFileBehindASpecNameIsReadBoundedAsText() throws Exception {
		Assumptions.assumeTrue(Files.exists(Path.of("/proc/self/status")));
		Path link = Files.createSymbolicLink(dir.resolve("status.cxspec"), Path.of("/proc/self/status"));
		CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.of("validate", link.toString()));
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().contains("status.cxspec:1:1: error:"), run.out());
	}

	@Test
	void generateRefusesTheRootAsOutputFolder() {
		Path spec = Specs.write(dir, "brand.cxspec", Specs.CLEAN);
		refused("/: is the root of the file system", "generate", "--out", "/", spec.toString());
	}

	@Test
	void aReportToADeviceIsWrittenToItNotRenamedOverIt() throws Exception {
		Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")));
		Path spec = Specs.write(dir, "brand.cxspec", Specs.CLEAN);
		Path link = Files.createSymbolicLink(dir.resolve("report.txt"), Path.of("/dev/null"));
		CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.of("validate", "--output", link.toString(), spec.toString()));
		assertEquals(0, run.exit(), run.err());
		assertTrue(Files.isSymbolicLink(link), "the link is still a link, not a file put in its place");
		assertEquals(0, Files.size(Path.of("/dev/null")));
	}

	@Test
	void aReportThroughALinkReplacesTheFileNotTheLink() throws Exception {
		Path spec = Specs.write(dir, "brand.cxspec", Specs.CLEAN);
		Path real = Files.writeString(dir.resolve("captured.txt"), "");
		Path link = Files.createSymbolicLink(dir.resolve("report.txt"), real);
		CliRun run = CliRun.of("validate", "--output", link.toString(), spec.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(Files.isSymbolicLink(link), "a link to an ordinary file stays a link");
		assertTrue(Files.readString(real).startsWith("No problems"), Files.readString(real));
	}

	@Test
	void linkedFoldersAreFollowedOnceAndLoopsEnd() throws Exception {
		Path specs = Files.createDirectories(dir.resolve("specs"));
		Path journeys = Files.createDirectories(dir.resolve("elsewhere/journeys"));
		Specs.write(specs, "brand.cxspec", Specs.CLEAN.substring(0, Specs.CLEAN.indexOf("journey Claim")));
		Specs.write(journeys, "claim.cxspec", Specs.CLEAN.substring(Specs.CLEAN.indexOf("journey Claim")));
		Files.createSymbolicLink(specs.resolve("journeys"), journeys);
		Files.createSymbolicLink(journeys.resolve("up"), dir); // a loop back to the top
		CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.of("validate", specs.toString()));
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains("in 2 files"), "the linked journey is read, once: " + run.out());
	}
}
