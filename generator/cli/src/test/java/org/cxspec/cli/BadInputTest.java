package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input cxspec cannot use gets one clear line and exit status 2 (or a finding), never a stack trace. */
class BadInputTest {

	@TempDir
	Path dir;

	private static void assertOneLine(CliRun run, int exit, String expected) {
		assertEquals(exit, run.exit(), run.out() + run.err());
		assertFalse(run.printedStackTrace(), run.err());
		assertEquals(1, run.err().lines().count(), run.err());
		assertTrue(run.err().contains(expected), run.err());
	}

	@Test
	void missingPath() {
		assertOneLine(CliRun.of("validate", dir.resolve("nowhere.cxspec").toString()), 2, "nowhere.cxspec: no such file or folder");
	}

	@Test
	void folderWithoutSpecs() throws Exception {
		Files.writeString(dir.resolve("notes.txt"), "not a spec");
		assertOneLine(CliRun.of("validate", dir.toString()), 2, ": no .cxspec file in this folder");
	}

	@Test
	void unreadableFile() throws Exception {
		Path file = Specs.write(dir, "secret.cxspec", Specs.CLEAN);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		Assumptions.assumeFalse(Files.isReadable(file), "running as root: every file is readable");
		assertOneLine(CliRun.of("validate", file.toString()), 2, "secret.cxspec: cannot read this file");
	}

	@Test
	void emptyFileIsASpecWithoutPromise() {
		Path file = Specs.write(dir, "empty.cxspec", "");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exit());
		assertTrue(run.out().matches("(?s).*empty\\.cxspec:1:1: error: No brand promise is declared.*\\[missing-promise\\].*"), run.out());
	}

	@Test
	void binaryFile() throws Exception {
		Path file = dir.resolve("logo.cxspec");
		Files.write(file, new byte[] { 'b', 'r', 'a', 'n', 'd', '\n', 0, 1, 2, (byte) 0xFF });
		assertOneLine(CliRun.of("validate", file.toString()), 2, "logo.cxspec:2:1: this is a binary file, not a spec text");
	}

	@Test
	void invalidUtf8() throws Exception {
		Path file = dir.resolve("latin1.cxspec");
		Files.write(file, "brand A \"Caf\u00e9\"\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		assertOneLine(CliRun.of("validate", file.toString()), 2, "latin1.cxspec:1:13: the file is not UTF-8 text");
	}

	@Test
	void fiftyMegabyteFile() throws Exception {
		Path file = dir.resolve("huge.cxspec");
		try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
			huge.setLength(50L * 1024 * 1024);
		}
		assertOneLine(CliRun.of("validate", file.toString()), 2, "huge.cxspec: 50 MB is too large for a spec");
	}

	@Test
	void byteOrderMarkAndCrlfAreFine() {
		Path file = Specs.write(dir, "windows.cxspec", "\uFEFF" + Specs.CLEAN.replace("\n", "\r\n").replace("delivers Fairness", "delivers Fairnes"));
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exit());
		assertTrue(run.out().contains("windows.cxspec:14:22: error: No value is named Fairnes: did you mean Fairness?"), run.out());
	}
}
