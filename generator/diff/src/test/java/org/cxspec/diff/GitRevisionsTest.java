package org.cxspec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.cxspec.load.BadInputException;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versions read straight from a git repository made here, two commits deep, without touching its checkout. */
class GitRevisionsTest {

	private static final String V1 = """
			brand Acme "Acme" {
			    promise "Claims that feel simple and fair."
			    differentiates from "slow insurers"
			}
			value Fairness "Being treated fairly" drives retention
			role Agent "Claims agent"
			journey Claim "Making a claim" {
			    stage Report "I report" {
			        touchpoint Phone "Reporting by phone" {
			            staffed by Agent
			            delivers Fairness
			            tight "Acknowledge what happened first" for Fairness
			        }
			    }
			}
			""";

	@TempDir
	Path repository;

	private Git git;

	@BeforeEach
	void twoCommits() throws Exception {
		git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call();
		write("specs/acme.cxspec", V1);
		commit("first version");
		git.tag().setName("v1").call();
		write("specs/acme.cxspec", V1.replace("Acknowledge what happened first", "Acknowledge what happened before anything else"));
		commit("reworded");
	}

	@Test
	void comparesTwoRevisionsWithoutTouchingTheCheckout() throws Exception {
		write("specs/acme.cxspec", "this file has uncommitted edits that must stay");
		SpecDiff diff = compare("v1:specs", "main:specs");
		assertEquals("standard-reworded", diff.changes().get(0).type());
		assertEquals("Acknowledge what happened before anything else", diff.changes().get(0).after());
		assertEquals("this file has uncommitted edits that must stay",
				Files.readString(repository.resolve("specs/acme.cxspec"), StandardCharsets.UTF_8));
		assertTrue(git.status().call().getModified().contains("specs/acme.cxspec"), "the working tree is as it was");
	}

	@Test
	void comparesARevisionWithTheWorkingTree() throws Exception {
		SpecDiff diff = compare("HEAD~1:specs/acme.cxspec", "specs");
		assertEquals(1, diff.changes().size());
		assertEquals("v1:specs", Differ.get().read("v1:specs", repository).label());
	}

	@Test
	void pathsStartingWithDotAreRelativeToTheWorkingDirectory() throws Exception {
		Path specs = repository.resolve("specs");
		SpecDiff diff = Differ.get().diff("v1:./acme.cxspec", "main:./acme.cxspec", Locale.ENGLISH, specs);
		assertEquals(1, diff.changes().size());
	}

	@Test
	void refusesWhatCannotBeRead() throws Exception {
		assertRefused("nosuchbranch:specs", "no revision 'nosuchbranch'");
		assertRefused("main:nowhere", "no file or folder 'nowhere' in revision main");
		assertRefused("main:../outside", "is outside the repository");
		assertRefused("main:/etc/passwd", "relative to the repository's top");
		assertRefused("main^{nonsense}:specs", "not a revision git understands");
		Files.writeString(repository.resolve("notes.txt"), "no spec here");
		git.add().addFilepattern("notes.txt").call();
		commit("notes");
		assertRefused("main:notes.txt", "main:notes.txt: not a .cxspec file");
	}

	@Test
	void refusesABinaryOrNonUtf8Blob() throws Exception {
		Files.write(repository.resolve("specs/binary.cxspec"), new byte[] { 'b', 0, 'c' });
		git.add().addFilepattern("specs/binary.cxspec").call();
		commit("binary");
		assertRefused("main:specs", "main:specs/binary.cxspec: this is a binary file");
		Files.write(repository.resolve("specs/binary.cxspec"), new byte[] { 'b', (byte) 0xC3, '(' });
		git.add().addFilepattern("specs/binary.cxspec").call();
		commit("latin-1");
		assertRefused("main:specs", "main:specs/binary.cxspec: the file is not UTF-8 text");
	}

	@Test
	void noRepositoryAroundIsOneClearLine(@TempDir Path elsewhere) {
		BadInputException refused = assertThrows(BadInputException.class, () -> Differ.get().read("main:specs", elsewhere));
		assertTrue(refused.getMessage().contains("no git repository around"), refused.getMessage());
	}

	@Test
	void aRevisionWithSyntaxErrorsIsRefusedWithItsErrors() throws Exception {
		write("specs/acme.cxspec", V1.replace("stage Report", "stag Report"));
		commit("broken");
		Side side = Differ.get().read("main:specs", repository);
		UnusableSide refused = assertThrows(UnusableSide.class, () -> SpecDiffer.usable(side));
		assertTrue(refused.errorLines().get(0).startsWith("main:specs/acme.cxspec:8:"), refused.errorLines().toString());
	}

	private void assertRefused(String argument, String expected) {
		Exception refused = assertThrows(Exception.class, () -> SpecDiffer.usable(Differ.get().read(argument, repository)));
		assertTrue(refused instanceof BadInputException || refused instanceof UnusableSide, refused.toString());
		assertTrue(refused.getMessage().contains(expected), refused.getMessage());
	}

	private SpecDiff compare(String before, String after) throws Exception {
		return Differ.get().diff(before, after, Locale.ENGLISH, repository);
	}

	private void write(String path, String text) throws Exception {
		Path file = repository.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	private void commit(String message) throws Exception {
		git.add().addFilepattern(".").call();
		git.commit().setMessage(message).setAuthor("Tester", "tester@example.org").setCommitter("Tester", "tester@example.org")
				.setSign(false).call();
	}
}
