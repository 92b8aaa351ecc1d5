package org.cxspec.generator.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
