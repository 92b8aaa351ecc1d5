package org.cxspec.generator.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output folders are updated all at once or not at all, and what people put there themselves stays. */
class SiteWriterTest {

	@TempDir
	Path temp;

	private static final Map<String, String> FIRST = Map.of("index.html", "one", "playbooks/A.html", "a1",
			"playbooks/B.html", "b1", "report.json", "{}");
	private static final Map<String, String> SECOND = Map.of("index.html", "two", "playbooks/A.html", "a2",
			"checklists/P.html", "p2", "report.json", "{\"x\":1}");

	@Test
	void aRunThatFailsMidwayLeavesTheFolderExactlyAsItWas() throws Exception {
		Path out = temp.resolve("out");
		new SiteWriter().write(out, FIRST);
		Files.writeString(out.resolve("notes.txt"), "mine");
		Files.writeString(out.resolve("playbooks/my-own.md"), "mine too");
		Map<String, String> before = snapshot(out);
		// the commit fails after some files have been moved into place, and after the stale B was moved aside
		SiteWriter failing = new SiteWriter(path -> {
			if (path.equals("playbooks/A.html")) {
				throw new IOException("disk full");
			}
		});
		assertThrows(IOException.class, () -> failing.write(out, SECOND));
		assertEquals(before, snapshot(out));
		assertEquals(1, siblings(), "no staging or backup folder may be left behind");
	}

	@Test
	void aRunThatFailsAfterReplacingWholeFoldersPutsThemBack() throws Exception {
		Path out = temp.resolve("out");
		new SiteWriter().write(out, FIRST);
		Files.writeString(out.resolve("notes.txt"), "mine");
		Map<String, String> before = snapshot(out);
		SiteWriter failing = new SiteWriter(path -> {
			if (path.equals("index.html")) {
				throw new IOException("disk full");
			}
		});
		assertThrows(IOException.class, () -> failing.write(out, SECOND));
		assertEquals(before, snapshot(out));
	}

	@Test
	void aFailedFirstRunLeavesNoFolder() {
		Path out = temp.resolve("fresh");
		assertThrows(IOException.class, () -> new SiteWriter(path -> {
			throw new IOException("no");
		}).write(out, FIRST));
		assertFalse(Files.exists(out));
	}

	@Test
	void filesCxspecDidNotWriteAreNeverDeletedAndStaleOnesAre() throws Exception {
		Path out = temp.resolve("out");
		Files.createDirectories(out.resolve("playbooks"));
		Files.writeString(out.resolve("playbooks/my-own.md"), "mine");
		Files.writeString(out.resolve("README.txt"), "mine");
		new SiteWriter().write(out, FIRST);
		new SiteWriter().write(out, SECOND);
		Map<String, String> after = snapshot(out);
		assertEquals("mine", after.get("playbooks/my-own.md"));
		assertEquals("mine", after.get("README.txt"));
		assertFalse(after.containsKey("playbooks/B.html"), "a playbook cxspec wrote last time and no longer produces");
		assertEquals("two", after.get("index.html"));
		assertEquals("p2", after.get("checklists/P.html"));
		assertTrue(after.get(SiteWriter.MANIFEST).contains("checklists/P.html"));
	}

	@Test
	void aManifestCannotPointOutsideTheFolder() throws Exception {
		Path out = temp.resolve("out");
		Files.createDirectories(out);
		Files.writeString(temp.resolve("precious.txt"), "keep");
		Files.writeString(out.resolve(SiteWriter.MANIFEST), "../precious.txt\n/etc/hostname\n");
		new SiteWriter().write(out, FIRST);
		assertEquals("keep", Files.readString(temp.resolve("precious.txt")));
	}

	@Test
	void aFileCxspecDidNotWriteIsNeverReplaced() throws Exception {
		Path out = temp.resolve("out");
		Files.createDirectories(out);
		Files.writeString(out.resolve("index.html"), "my own page");
		assertThrows(NotOurFile.class, () -> new SiteWriter().write(out, FIRST));
		assertEquals(Map.of("/", "", "index.html", "my own page"), snapshot(out));
		assertEquals(1, siblings());
	}

	@Test
	void aLinkWhereAFolderOfDocumentsGoesIsNotWrittenThrough() throws Exception {
		Path out = temp.resolve("out");
		new SiteWriter().write(out, FIRST);
		Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
		Files.walk(out.resolve("playbooks")).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		Files.createSymbolicLink(out.resolve("playbooks"), elsewhere);
		assertThrows(NotOurFile.class, () -> new SiteWriter().write(out, SECOND));
		assertEquals(0, Files.list(elsewhere).count());
	}

	@Test
	void theRootIsNoOutputFolder() {
		assertThrows(IOException.class, () -> new SiteWriter().write(Path.of("/"), FIRST));
	}

	@Test
	void leftoversOfAKilledRunBeforeItsCommitAreCleanedUp() throws Exception {
		Path out = temp.resolve("out");
		new SiteWriter().write(out, FIRST);
		Files.createDirectories(temp.resolve(".out.new-123/playbooks"));
		Files.writeString(temp.resolve(".out.new-123/playbooks/A.html"), "half");
		Files.createDirectories(temp.resolve(".out.old-456"));
		new SiteWriter().write(out, SECOND);
		assertEquals(1, siblings());
		assertEquals("a2", Files.readString(out.resolve("playbooks/A.html")));
	}

	@Test
	void aFolderOfOnlyCxspecDocumentsIsReplacedWholeKeepingUnchangedOnesAsTheyWere() throws Exception {
		Path out = temp.resolve("out");
		new SiteWriter().write(out, FIRST);
		Path report = out.resolve("report.json");
		java.nio.file.attribute.FileTime date = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(report, date);
		Object folderBefore = Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
		Map<String, String> second = new TreeMap<>(SECOND);
		second.put("report.json", "{}");
		new SiteWriter().write(out, second);
		Map<String, String> after = snapshot(out);
		assertEquals(Map.of("/", "", "index.html", "two", "playbooks/", "", "playbooks/A.html", "a2", "checklists/", "",
				"checklists/P.html", "p2", "report.json", "{}", SiteWriter.MANIFEST,
				"checklists/P.html\nindex.html\nplaybooks/A.html\nreport.json\n"), after);
		assertEquals(date, Files.getLastModifiedTime(report), "an unchanged document keeps its date");
		assertFalse(folderBefore.equals(Files.readAttributes(out, java.nio.file.attribute.BasicFileAttributes.class).fileKey()),
				"the folder was switched whole, not updated file by file");
		assertEquals(1, siblings());
	}

	@Test
	void theSwitchedFolderKeepsItsPermissions() throws Exception {
		Path out = temp.resolve("out");
		new SiteWriter().write(out, FIRST);
		Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rwxrwxr-x");
		Files.setPosixFilePermissions(out, shared);
		new SiteWriter().write(out, SECOND);
		assertEquals(shared, Files.getPosixFilePermissions(out));
	}

	@Test
	void aFailureAtAnyPointOfTheSwitchLeavesTheOldTreeWhole() throws Exception {
		for (String failAt : List.of(FolderSwitch.LINKED, FolderSwitch.STAGED, FolderSwitch.NOTED, FolderSwitch.ASIDE)) {
			Path out = temp.resolve("out");
			SiteWriter.deleteTree(out);
			new SiteWriter().write(out, FIRST);
			Map<String, String> before = snapshot(out);
			SiteWriter failing = new SiteWriter(point -> {
				if (point.equals(failAt)) {
					throw new IOException("disk full");
				}
			});
			assertThrows(IOException.class, () -> failing.write(out, SECOND), failAt);
			assertEquals(before, snapshot(out), failAt);
			assertEquals(1, siblings(), failAt + ": no staging folder or note left");
		}
	}

	@Test
	void aFolderWithAFileOfYoursOrAnEmptyFolderOfYoursIsNotSwitchedWhole() throws Exception {
		Path out = temp.resolve("out");
		new SiteWriter().write(out, FIRST);
		Set<String> owned = Set.copyOf(FIRST.keySet());
		assertTrue(FolderSwitch.holdsOnlyOurs(out, owned));
		Files.createDirectories(out.resolve("drafts"));
		assertFalse(FolderSwitch.holdsOnlyOurs(out, owned), "an empty folder of yours");
		Files.delete(out.resolve("drafts"));
		Files.writeString(out.resolve("playbooks/.notes"), "mine");
		assertFalse(FolderSwitch.holdsOnlyOurs(out, owned), "a file of yours among the playbooks");
		Files.delete(out.resolve("playbooks/.notes"));
		Files.createSymbolicLink(out.resolve("link"), temp);
		assertFalse(FolderSwitch.holdsOnlyOurs(out, owned), "a link");
		Files.delete(out.resolve("link"));
		Files.createSymbolicLink(temp.resolve("via-link"), out);
		assertFalse(FolderSwitch.holdsOnlyOurs(temp.resolve("via-link"), owned), "DIR itself a link stays a link");
		assertTrue(FolderSwitch.holdsOnlyOurs(temp.resolve("missing"), owned));
	}

	@Test
	void theNextRunFinishesASwitchKilledBetweenItsTwoRenames() throws Exception {
		Path out = temp.resolve("out");
		new SiteWriter().write(out, FIRST);
		// what a run killed between "DIR -> .out.old-x" and ".out.new-y -> DIR" leaves
		Path staged = temp.resolve(".out.new-y");
		new SiteWriter().write(staged, SECOND);
		Files.move(out, temp.resolve(".out.old-x"));
		CommitJournal.beginSwitch(out, staged, temp.resolve(".out.old-x"));
		Map<String, String> third = Map.of("index.html", "three");
		new SiteWriter(point -> {
			if (point.equals(FolderSwitch.STAGED)) {
				assertEquals("two", Files.readString(out.resolve("index.html")), "the killed run's tree was put in first");
			}
		}).write(out, third);
		assertEquals("three", Files.readString(out.resolve("index.html")));
		assertEquals(1, siblings());
	}

	@Test
	void theNextRunDropsASwitchKilledBeforeItsFirstRename() throws Exception {
		Path out = temp.resolve("out");
		new SiteWriter().write(out, FIRST);
		Map<String, String> before = snapshot(out);
		Path staged = temp.resolve(".out.new-y");
		new SiteWriter().write(staged, SECOND);
		CommitJournal.beginSwitch(out, staged, temp.resolve(".out.old-x"));
		CommitJournal.recover(out);
		assertEquals(before, snapshot(out));
		assertEquals(1, siblings());
	}

	@Test
	void aSecondRunIntoTheSameFolderWhileOneIsWritingItIsRefused() throws Exception {
		Path out = temp.resolve("out");
		new SiteWriter().write(out, FIRST);
		Map<String, String> before = snapshot(out);
		try (OutputLock held = OutputLock.take(out)) {
			IOException refused = assertThrows(IOException.class, () -> new SiteWriter().write(out, SECOND));
			assertTrue(refused.getMessage().contains("another cxspec run is writing out right now"), refused.getMessage());
			assertEquals(before, snapshot(out));
		}
		new SiteWriter().write(out, SECOND);
		assertEquals("two", Files.readString(out.resolve("index.html")));
		assertEquals(1, siblings(), "the lock file goes when the run ends");
	}

	@Test
	void theLockFileAKilledRunLeftIsTakenOverAndRemoved() throws Exception {
		Path out = temp.resolve("out");
		Files.writeString(OutputLock.of(out), "a killed run's token");
		new SiteWriter().write(out, FIRST);
		assertEquals(1, siblings());
	}

	@Test
	void aNoteNamingFoldersOutsideItsOwnIsNotFollowed() throws Exception {
		Path out = temp.resolve("out");
		Path victim = Files.createDirectories(temp.resolve("victim"));
		Files.writeString(victim.resolve("keep.txt"), "keep");
		Files.writeString(CommitJournal.of(out), "switch ../victim .out.old-x\n");
		new SiteWriter().write(out, FIRST);
		assertEquals("keep", Files.readString(victim.resolve("keep.txt")));
		assertEquals("one", Files.readString(out.resolve("index.html")));
		assertEquals(2, siblings());
	}

	private long siblings() throws IOException {
		try (Stream<Path> list = Files.list(temp)) {
			return list.count();
		}
	}

	private static Map<String, String> snapshot(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.toList()) {
				String key = folder.relativize(path).toString();
				files.put(key + (Files.isDirectory(path) ? "/" : ""), Files.isDirectory(path) ? "" : Files.readString(path));
			}
		}
		return files;
	}
}
