package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill trials on a large site, on demand: {@code -Dcxspec.killTrials=30} (add
 * {@code -Dcxspec.killTrials.foreign=true} for a folder that also holds a file of the user's).
 * Each trial regenerates over the old output in a child JVM and kills it with SIGKILL: even
 * trials the moment the run's commit note appears (everything staged, about to switch), odd
 * trials at a random moment after its staging folder appears (within how long an
 * uninterrupted run takes from there to its end). It then records what the folder is (exactly
 * the old tree, exactly the new, absent, or MIXED), runs generate again and checks the folder
 * is exactly the new tree with nothing left beside it. Prints the figures. Too slow for every
 * build (a child JVM per trial), so skipped unless asked for.
 */
class GenerateKillTrialsTest {

	private static final String TRIALS = "cxspec.killTrials";

	@TempDir
	Path temp;

	@Test
	void killedAtAnyMomentTheFolderIsTheOldOrTheNewTree() throws Exception {
		int trials = Integer.getInteger(TRIALS, 0);
		Assumptions.assumeTrue(trials > 0, "kill trials skipped: run with -D" + TRIALS + "=30 to run them");
		boolean foreign = Boolean.getBoolean(TRIALS + ".foreign");
		Path oldSpec = spec("old", "Old promise.");
		Path newSpec = spec("new", "New promise.");
		Map<String, String> oldTree = generate(oldSpec, temp.resolve("expected-old"));
		Map<String, String> newTree = generate(newSpec, temp.resolve("expected-new"));
		Path out = temp.resolve("out");
		long[] timed = timedChildRun(out, oldSpec, newSpec, foreign);
		long runMillis = timed[0];
		long writeMillis = timed[1];
		Map<String, Integer> outcomes = new TreeMap<>();
		Random random = new Random(9);
		int wholeAfterNextRun = 0;
		for (int trial = 0; trial < trials; trial++) {
			reset(out, oldSpec, foreign);
			try (WatchService watch = temp.getFileSystem().newWatchService()) {
				temp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
				Process child = child(out, newSpec);
				// the marker: even trials the commit note (everything staged, about to switch), odd trials the staging folder
				awaitSibling(watch, child, trial % 2 == 0 ? ".out.cxspec-commit" : ".out.new-");
				if (trial % 2 == 1) {
					child.waitFor(random.nextInt((int) writeMillis + 1), TimeUnit.MILLISECONDS); // the random moment of the kill
				}
				child.destroyForcibly().waitFor();
			}
			Map<String, String> left = Files.exists(out) ? snapshot(out, foreign) : null;
			String outcome = left == null ? "absent" : left.equals(oldTree) ? "old" : left.equals(newTree) ? "new" : "MIXED";
			outcomes.merge(outcome + (trial % 2 == 0 ? " (at the note)" : " (at random)"), 1, Integer::sum);
			CliRun next = CliRun.of("generate", "--out", out.toString(), newSpec.toString());
			if (next.exit() == 0 && snapshot(out, foreign).equals(newTree) && siblings().equals(List.of("expected-new", "expected-old", "out", "spec"))) {
				wholeAfterNextRun++;
			}
		}
		System.out.printf("kill trials (%s, %d files, an uninterrupted run %d ms, %d ms of it from staging on): %s;"
				+ " whole and clean after the next run: %d of %d%n", foreign ? "a file of the user's in the folder" : "only cxspec's documents",
				newTree.size(), runMillis, writeMillis, outcomes, wholeAfterNextRun, trials);
		assertEquals(trials, wholeAfterNextRun);
		if (!foreign) {
			assertTrue(outcomes.keySet().stream().noneMatch(outcome -> outcome.startsWith("MIXED")), outcomes.toString());
		}
	}

	private Path spec(String folder, String promise) throws IOException {
		StringBuilder text = new StringBuilder(Specs.CLEAN.replace("Simple and fair.", promise)).append("role Clerk \"Clerk\"\n");
		for (int journey = 0; journey < 10; journey++) {
			text.append("journey J").append(journey).append(" \"Journey ").append(journey).append("\" for Owners {\n");
			for (int stage = 0; stage < 10; stage++) {
				text.append("    stage S").append(stage).append(" \"Stage ").append(stage).append("\" {\n");
				for (int touchpoint = 0; touchpoint < 6; touchpoint++) {
					text.append("        touchpoint T").append(journey).append('_').append(stage).append('_').append(touchpoint)
							.append(" \"Moment ").append(touchpoint).append("\" { delivers Fairness staffed by Clerk, Agent measured by NPS }\n");
				}
				text.append("    }\n");
			}
			text.append("}\n");
		}
		return Specs.write(temp, "spec/" + folder + "/brand.cxspec", text.toString());
	}

	private static Map<String, String> generate(Path spec, Path out) throws IOException {
		CliRun run = CliRun.of("generate", "--out", out.toString(), spec.toString());
		assertEquals(0, run.exit(), run.err());
		return snapshot(out, false);
	}

	private void reset(Path out, Path oldSpec, boolean foreign) throws IOException {
		generate(oldSpec, out);
		if (foreign) {
			Files.writeString(out.resolve("notes.txt"), "mine");
		}
	}

	/** An uninterrupted run: its whole length, and how long it takes from creating its staging folder to its end. */
	private long[] timedChildRun(Path out, Path oldSpec, Path newSpec, boolean foreign) throws Exception {
		reset(out, oldSpec, foreign);
		try (WatchService watch = temp.getFileSystem().newWatchService()) {
			temp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
			long start = System.nanoTime();
			Process child = child(out, newSpec);
			awaitSibling(watch, child, ".out.new-");
			long staging = System.nanoTime();
			assertEquals(0, child.waitFor());
			long end = System.nanoTime();
			return new long[] { (end - start) / 1_000_000, (end - staging) / 1_000_000 };
		}
	}

	/** Waits for the child to create a file or folder beside the output whose name starts with {@code prefix}. */
	private static void awaitSibling(WatchService watch, Process child, String prefix) throws InterruptedException {
		while (child.isAlive()) {
			WatchKey key = watch.poll(1, TimeUnit.SECONDS); // the bound only lets a child that ended early be noticed
			if (key == null) {
				continue;
			}
			for (WatchEvent<?> event : key.pollEvents()) {
				if (event.context() instanceof Path name && name.toString().startsWith(prefix)) {
					return;
				}
			}
			key.reset();
		}
	}

	private Process child(Path out, Path spec) throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "generate",
				"--out", out.toString(), spec.toString()).redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile()).start();
	}

	private List<String> siblings() throws IOException {
		try (Stream<Path> list = Files.list(temp)) {
			return list.map(path -> path.getFileName().toString()).filter(name -> !name.equals("child.log")).sorted().toList();
		}
	}

	/** Every file's bytes by path; the user's own file, which must always stay, is checked and left out. */
	private static Map<String, String> snapshot(Path folder, boolean foreign) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.filter(path -> !Files.isDirectory(path)).toList()) {
				files.put(folder.relativize(path).toString(), Files.readString(path));
			}
		}
		if (foreign) {
			assertEquals("mine", files.remove("notes.txt"), "the user's file stays");
		}
		return files;
	}
}
