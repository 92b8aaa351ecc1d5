package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} killed with SIGKILL while it moves documents into place: a real child JVM,
 * paused by a test property right before a chosen move (it says so on its output, then waits),
 * then killed with destroyForcibly. The next run finishes or replaces what it left, so the
 * folder is one run's output whole, with no staging folder left beside it; files the user put
 * there stay.
 */
class GenerateKilledTest {

	@TempDir
	Path temp;

	private Path spec(String promise) {
		return Specs.write(temp, "spec/brand.cxspec", Specs.CLEAN.replace("Simple and fair.", promise)
				+ "role Clerk \"Clerk\"\n"
				+ "journey Renewal \"Renewal\" for Owners {\n    stage Letter \"I get a letter\" {\n"
				+ "        touchpoint Mail \"The letter\" { delivers Fairness staffed by Clerk, Agent measured by NPS }\n"
				+ "    }\n}\n");
	}

	private Map<String, String> generated(String promise, String folder) throws IOException {
		Path out = temp.resolve(folder);
		assertEquals(0, CliRun.of("generate", "--out", out.toString(), spec(promise).toString()).exit());
		return snapshot(out);
	}

	@Test
	void killedMidMoveTheNextRunCompletesTheNewOutput() throws Exception {
		Map<String, String> wanted = generated("New promise.", "expected-new");
		Path out = temp.resolve("out");
		generated("Old promise.", "out");
		Files.writeString(out.resolve("notes.txt"), "mine");
		Map<String, String> old = snapshot(out);

		killDuringMove(out, spec("New promise."), 3);
		Map<String, String> leftByTheKill = snapshot(out);
		assertNotEquals(old, leftByTheKill, "the kill landed after some documents were moved");
		assertTrue(Files.exists(temp.resolve(".out.cxspec-commit")), "the killed run left its commit note");

		CliRun next = CliRun.of("generate", "--out", out.toString(), spec("New promise.").toString());
		assertEquals(0, next.exit(), next.err());
		Map<String, String> after = snapshot(out);
		assertEquals("mine", after.remove("notes.txt"));
		assertEquals(wanted, after);
		assertEquals(List.of("expected-new", "out", "spec"), siblings(), "no staging, backup or commit note left");
	}

	@Test
	void killedMidMoveThenRunWithTheOldSpecGivesTheOldOutputWhole() throws Exception {
		Path out = temp.resolve("out");
		Map<String, String> old = generated("Old promise.", "out");
		killDuringMove(out, spec("New promise."), 2);
		assertEquals(0, CliRun.of("generate", "--out", out.toString(), spec("Old promise.").toString()).exit());
		assertEquals(old, snapshot(out));
		assertEquals(List.of("out", "spec"), siblings());
	}

	@Test
	void killedBeforeTheFirstMoveTheOldOutputIsUntouched() throws Exception {
		Path out = temp.resolve("out");
		Map<String, String> old = generated("Old promise.", "out");
		killDuringMove(out, spec("New promise."), 1);
		Map<String, String> now = snapshot(out);
		assertEquals(old, now);
	}

	/**
	 * A folder holding only cxspec's documents is switched whole: killed at each point of the
	 * switch (staging, note written, old tree aside, new tree in place, old tree being removed),
	 * the folder is exactly the old tree or exactly the new one, or, killed between the two
	 * renames, absent; never a mix. The next run finishes or drops the killed switch, and
	 * nothing is left beside the folder.
	 */
	@Test
	void killedAtEveryPointOfTheSwitchTheFolderIsTheOldOrTheNewTreeWhole() throws Exception {
		Map<String, String> wanted = generated("New promise.", "expected-new");
		Map<String, String> old = generated("Old promise.", "expected-old");
		Path out = temp.resolve("out");
		List<String> outcomes = new ArrayList<>();
		for (int point = 1; point <= SWITCH_POINTS.size(); point++) {
			assertEquals(0, CliRun.of("generate", "--out", out.toString(), spec("Old promise.").toString()).exit());
			assertEquals(old, snapshot(out));
			String pausedAt = killDuringMove(out, spec("New promise."), point);
			assertTrue(pausedAt.endsWith(SWITCH_POINTS.get(point - 1)), pausedAt);
			String outcome = !Files.exists(out) ? "absent" : snapshot(out).equals(old) ? "old" : snapshot(out).equals(wanted) ? "new" : "MIXED";
			outcomes.add(outcome);
			CliRun next = CliRun.of("generate", "--out", out.toString(), spec("New promise.").toString());
			assertEquals(0, next.exit(), next.err());
			assertEquals(wanted, snapshot(out), "the run after a kill at " + pausedAt);
			assertEquals(List.of("expected-new", "expected-old", "out", "spec"), siblings(), "nothing left after a kill at " + pausedAt);
		}
		System.out.println("kill -9 at each point of the switch: " + outcomes);
		assertEquals(List.of("old", "old", "old", "absent", "new", "new"), outcomes);
	}

	/** The points at which a switching run stops when paused by number (see GenerateCommand.PAUSE_PROPERTY). */
	private static final List<String> SWITCH_POINTS = List.of("unchanged documents linked", "new tree staged",
			"about to move the old tree aside", "old tree aside, new not yet in place", "new tree in place", "removing the old tree");

	/** Starts {@code cxspec generate} in a child JVM, waits until it says it paused before step N, kills it; returns where it paused. */
	private static String killDuringMove(Path out, Path spec, int move) throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				"-D" + GenerateCommand.PAUSE_PROPERTY + "=" + move, Main.class.getName(), "generate", "--out", out.toString(),
				spec.toString());
		builder.redirectErrorStream(true);
		Process child = builder.start();
		try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			StringBuilder seen = new StringBuilder();
			String line;
			while ((line = output.readLine()) != null && !line.startsWith("cxspec-test: paused")) {
				seen.append(line).append('\n');
			}
			assertTrue(line != null, "the child never reached the pause: " + seen);
			child.destroyForcibly();
			child.waitFor();
			assertFalse(child.isAlive());
			return line;
		} finally {
			child.destroyForcibly();
		}
	}

	private List<String> siblings() throws IOException {
		try (Stream<Path> list = Files.list(temp)) {
			return list.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}

	private static Map<String, String> snapshot(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.filter(path -> !Files.isDirectory(path)).toList()) {
				files.put(folder.relativize(path).toString(), Files.readString(path));
			}
		}
		return files;
	}

	@Test
	void aHandWrittenReportInTheOutputFolderIsNeverReplaced() throws Exception {
		Path spec = spec("A promise.");
		Path folder = spec.getParent();
		Files.writeString(folder.resolve("report.md"), "# My own notes\n");
		CliRun run = CliRun.of("generate", "--out", folder.toString(), spec.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertEquals(1, run.err().lines().count(), run.err());
		assertTrue(run.err().contains("report.md: cxspec did not write this, so it does not replace it"), run.err());
		assertEquals("# My own notes\n", Files.readString(folder.resolve("report.md")));
		assertFalse(Files.exists(folder.resolve("index.html")), "nothing was written");
		assertEquals(List.of("spec"), siblings());
	}
}
