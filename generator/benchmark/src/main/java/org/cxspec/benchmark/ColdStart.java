package org.cxspec.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall time of {@code ./cxspec validate} on the reference spec, a fresh JVM each run. */
final class ColdStart {

	private static final int RUNS = 10;

	private ColdStart() {
	}

	static void report(Path root) throws Exception {
		Path reference = root.resolve("examples/acme-claims/claims.cxspec");
		run(root, reference); // builds the jar and the class-data archive if needed
		run(root, reference);
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			times.add(run(root, reference));
		}
		Collections.sort(times);
		System.out.printf("cold start of ./cxspec validate on claims.cxspec: median %d ms, best %d ms, worst %d ms (%d runs)%n",
				times.get(RUNS / 2), times.get(0), times.get(RUNS - 1), RUNS);
	}

	private static long run(Path root, Path reference) throws Exception {
		long start = System.nanoTime();
		Process process = new ProcessBuilder(root.resolve("cxspec").toString(), "validate", reference.toString())
				.directory(root.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IllegalStateException("./cxspec validate exited " + exit);
		}
		return (System.nanoTime() - start) / 1_000_000;
	}
}
