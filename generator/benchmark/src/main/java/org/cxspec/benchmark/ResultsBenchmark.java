package org.cxspec.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.cxspec.CxspecStandaloneSetup;
import org.cxspec.config.ProjectConfig;
import org.cxspec.config.ResponsesMapping;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecLoader;
import org.cxspec.results.Measured;
import org.cxspec.results.Results;

import com.google.inject.Injector;

/**
 * {@code cxspec results} on 250,000, 500,000 and 1,000,000 answers (long shape, about 60 bytes a
 * row) against the insurer example: warm in this JVM, to show growth is linear, and cold, as
 * {@code ./cxspec results} in a fresh JVM capped at 256 MB of heap. Target: 1M answers under
 * 3 s on 2 cores. Run it with {@code generator/benchmark/run.sh results}.
 */
public final class ResultsBenchmark {

	private static final int[] SIZES = { 250_000, 500_000, 1_000_000 };
	private static final String[] METRICS = { "ClaimNPS", "ClaimEffort", "RepairCSAT", "ComplaintCSAT" };
	private static final String[][] TOUCHPOINTS = { { "AdjusterVisit", "WeeklyUpdate" },
			{ "FirstNotification", "OnlineClaim", "ClaimTracker" }, { "EmergencyRepair" },
			{ "ComplaintCall", "FinalResponse", "AfterCareCall" } };
	private static final int[] TOP = { 10, 7, 5, 5 };
	private static final int RUNS = 5;

	private ResultsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		Path spec = root.resolve("examples/insurer-claims");
		Path work = Files.createTempDirectory("cxspec-results-benchmark");
		try {
			List<Path> files = new ArrayList<>();
			for (int size : SIZES) {
				Path file = work.resolve("answers-" + size + ".csv");
				write(file, size);
				files.add(file);
				System.out.printf("%,d answers: %.1f MB%n", size, Files.size(file) / 1e6);
			}
			Injector injector = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
			LoadedSpec loaded = injector.getInstance(SpecLoader.class).loadPaths(List.of(spec));
			for (int i = 0; i < 3; i++) {
				measure(loaded, files.get(0)); // warm up
			}
			for (int s = 0; s < SIZES.length; s++) {
				List<Long> times = new ArrayList<>();
				for (int i = 0; i < RUNS; i++) {
					times.add(measure(loaded, files.get(s)));
				}
				Collections.sort(times);
				System.out.printf("warm, %,d answers: median %d ms (%,.0f answers/s), heap limit %d MB%n", SIZES[s],
						times.get(RUNS / 2), SIZES[s] * 1000.0 / times.get(RUNS / 2), Runtime.getRuntime().maxMemory() >> 20);
			}
			Path largest = files.get(files.size() - 1);
			cold(root, spec, largest, work);
		} finally {
			try (var walk = Files.walk(work)) {
				walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static long measure(LoadedSpec spec, Path file) throws Exception {
		long start = System.nanoTime();
		Measured measured = Results.measure(spec, ResponsesMapping.DEFAULTS, ProjectConfig.DEFAULTS, List.of(file),
				Instant.parse("2026-12-01T09:00:00Z"));
		long ms = (System.nanoTime() - start) / 1_000_000;
		if (measured.reading().rowsRejected() > 0) {
			throw new IllegalStateException("rows rejected: " + measured.reading().summary());
		}
		return ms;
	}

	/** ./cxspec results in a fresh JVM with at most 256 MB of heap: the whole command, start to exit. */
	private static void cold(Path root, Path spec, Path answers, Path work) throws Exception {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < RUNS + 1; i++) {
			long start = System.nanoTime();
			ProcessBuilder builder = new ProcessBuilder(root.resolve("cxspec").toString(), "results", "--now", "2026-12-01T09:00Z",
					"--format", "json", "--output", work.resolve("results.json").toString(), "--responses", answers.toString(),
					spec.toString()).directory(root.toFile()).redirectErrorStream(true)
					.redirectOutput(work.resolve("cold.log").toFile());
			builder.environment().put("JAVA_TOOL_OPTIONS", "-Xmx256m");
			int exit = builder.start().waitFor();
			if (exit != 0) {
				throw new IllegalStateException("./cxspec results exited " + exit + ": " + Files.readString(work.resolve("cold.log")));
			}
			if (i > 0) { // the first run may build the jar
				times.add((System.nanoTime() - start) / 1_000_000);
			}
		}
		Collections.sort(times);
		System.out.printf("cold ./cxspec results, 1,000,000 answers, -Xmx256m: median %d ms, best %d ms, worst %d ms (%d runs)%n",
				times.get(RUNS / 2), times.get(0), times.get(RUNS - 1), RUNS);
	}

	/** As a team that keeps up: answers that trigger the example's loops are marked followed up, but for one in a hundred. */
	private static String followedUp(int metric, int score, Random random) {
		boolean triggers = metric == 0 && score < 7 || metric == 2 && score < 3;
		return triggers && random.nextInt(100) != 0 ? "yes" : "";
	}

	/** Deterministic answers over 2026, with comments on some and a follow-up mark on low scores. */
	static void write(Path file, int answers) throws IOException {
		Random random = new Random(42);
		LocalDateTime start = LocalDateTime.of(2026, 1, 1, 8, 0);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("date,metric,score,touchpoint,segment,respondent,comment,followed-up\n");
			for (int i = 0; i < answers; i++) {
				int m = random.nextInt(METRICS.length);
				int low = m == 0 ? 0 : 1;
				int score = low + random.nextInt(TOP[m] - low + 1);
				LocalDateTime at = start.plusMinutes((long) i * 480_000L / answers);
				String comment = random.nextInt(10) == 0 ? "\"Took too long, and nobody called\"" : "";
				out.write(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,R%07d,%s,%s%n", at.toString().replace('T', ' '), METRICS[m], score,
						TOUCHPOINTS[m][random.nextInt(TOUCHPOINTS[m].length)], random.nextInt(6) == 0 ? "VulnerableCustomers" : "Homeowners",
						random.nextInt(10_000_000), comment, followedUp(m, score, random)));
			}
		}
	}
}
