package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxspec diff} as a user runs it: formats, --fail-on, --output, and input it must refuse in one line. */
class DiffCommandTest {

	/** The clean spec with its standard reworded, a new freedom, and the promise changed. */
	static final String LATER = Specs.CLEAN.replace("Say your name", "Say your name and your direct line")
			.replace("            loose \"How you reassure\" within \"No payout promises\"\n",
					"            loose \"How you reassure\" within \"No payout promises\"\n            loose \"Offer a call back\"\n");

	@TempDir
	Path folder;

	@Test
	void tellsEachRoleWhatChanges() {
		CliRun run = CliRun.of("diff", old(), later());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("Agent (Agent)"), run.out());
		assertTrue(run.out().contains("a standard you keep is reworded. Now: \u201cSay your name and your direct line\u201d"
				+ " (was: \u201cSay your name\u201d)"), run.out());
		assertTrue(run.out().contains("a new freedom, your call: \u201cOffer a call back\u201d"), run.out());
		assertTrue(run.out().contains("Introduced by this change"), "the new freedom has no guardrail: " + run.out());
	}

	@Test
	void markdownAndJsonAndDutch() {
		CliRun markdown = CliRun.of("diff", "--format", "markdown", old(), later());
		assertTrue(markdown.out().startsWith("## What changes for staff: "), markdown.out());
		CliRun json = CliRun.of("diff", "--format", "json", old(), later());
		assertTrue(json.out().contains("\"formatVersion\": 1"), json.out());
		assertTrue(json.out().contains("\"type\": \"standard-reworded\""), json.out());
		CliRun dutch = CliRun.of("diff", "--lang", "nl", old(), later());
		assertTrue(dutch.out().contains("Wat er verandert per rol en partner"), dutch.out());
	}

	@Test
	void failOnNamesWhatNeedsApproval() {
		String promise = Specs.write(folder, "promise/spec.cxspec", Specs.CLEAN.replace("Simple and fair.", "Simple, fair, fast."))
				.toString();
		assertEquals(0, CliRun.of("diff", "--fail-on", "promise", old(), later()).exit());
		assertEquals(1, CliRun.of("diff", "--fail-on", "tight", old(), later()).exit());
		assertEquals(1, CliRun.of("diff", "--fail-on", "promise", old(), promise).exit());
		assertEquals(1, CliRun.of("diff", "--fail-on", "any", old(), promise).exit());
		assertEquals(0, CliRun.of("diff", "--fail-on", "any", old(), old()).exit());
		CliRun failing = CliRun.of("diff", "--fail-on", "tight", old(), later());
		assertTrue(failing.err().contains("needs an explicit approval"), failing.err());
		assertEquals(2, CliRun.of("diff", "--fail-on", "values", old(), later()).exit());
	}

	@Test
	void writesTheOutputFileWholeAndNeverOverASpec() throws Exception {
		Path output = folder.resolve("diff.md");
		CliRun run = CliRun.of("diff", "--format", "markdown", "--output", output.toString(), old(), later());
		assertEquals(0, run.exit(), run.err());
		assertTrue(Files.readString(output).contains("### What changes for each role and partner"));
		String spec = old();
		CliRun refused = CliRun.of("diff", "--output", spec, old(), later());
		assertEquals(2, refused.exit());
		assertEquals(Specs.CLEAN, Files.readString(Path.of(spec)), "the spec is untouched");
	}

	@Test
	void aVersionWithSyntaxErrorsIsRefusedWithItsErrors() {
		String broken = Specs.write(folder, "broken/spec.cxspec", Specs.CLEAN.replace("stage Report", "stag Report")).toString();
		CliRun run = CliRun.of("diff", old(), broken);
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("spec.cxspec:12:5: error:"), run.err());
		assertTrue(run.err().contains("syntax errors; fix them to compare this version"), run.err());
		assertEquals("", run.out());
		assertFalse(run.printedStackTrace(), run.err());
	}

	@Test
	void badInputIsOneLineAndExitTwo() throws Exception {
		Files.createDirectories(folder.resolve("binary"));
		Path binary = Files.write(folder.resolve("binary/spec.cxspec"), new byte[] { 'a', 0, 'b' });
		Files.createDirectories(folder.resolve("empty"));
		Path text = Files.writeString(folder.resolve("notes.txt"), "not a spec");
		for (List<String> args : List.of(List.of("diff", old(), folder.resolve("missing").toString()),
				List.of("diff", old(), binary.toString()), List.of("diff", old(), folder.resolve("empty").toString()),
				List.of("diff", old(), text.toString()), List.of("diff", "nosuchrevision:specs", old()), List.of("diff", old()),
				List.of("diff", "--format", "html", old(), old()))) {
			CliRun run = CliRun.of(args.toArray(String[]::new));
			assertEquals(2, run.exit(), args + ": " + run.err());
			assertFalse(run.printedStackTrace(), run.err());
			assertTrue(run.err().startsWith("cxspec: "), args + ": " + run.err());
		}
	}

	/** The real command in a fresh JVM, inside a repository made here: REV:PATH is read from git. */
	@Test
	void readsRevisionsFromTheRepositoryAroundTheWorkingDirectory() throws Exception {
		Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
		Specs.write(folder, "specs/spec.cxspec", Specs.CLEAN);
		git.add().addFilepattern(".").call();
		git.commit().setMessage("v1").setAuthor("T", "t@example.org").setCommitter("T", "t@example.org").setSign(false).call();
		Specs.write(folder, "specs/spec.cxspec", LATER);
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), Main.class.getName(), "diff", "--format", "json", "HEAD:specs", "specs")
				.directory(folder.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "diff finished");
		assertEquals(0, process.exitValue(), output);
		assertTrue(output.contains("\"old\": \"HEAD:specs\""), output);
		assertTrue(output.contains("\"after\": \"Say your name and your direct line\""), output);
		assertEquals(LATER, Files.readString(folder.resolve("specs/spec.cxspec")), "the checkout is untouched");
		assertTrue(git.status().call().getModified().contains("specs/spec.cxspec"));
		assertFalse(new File(folder.toFile(), "specs/spec.cxspec.orig").exists());
	}

	private String old() {
		return Specs.write(folder, "old/spec.cxspec", Specs.CLEAN).toString();
	}

	private String later() {
		return Specs.write(folder, "new/spec.cxspec", LATER).toString();
	}
}
