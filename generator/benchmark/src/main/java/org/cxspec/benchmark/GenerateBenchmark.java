package org.cxspec.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.stream.Stream;

import org.cxspec.CxspecStandaloneSetup;
import org.cxspec.generator.site.SiteRenderer;
import org.cxspec.generator.site.SiteWriter;
import org.cxspec.generator.site.Templates;
import org.cxspec.generator.view.Site;
import org.cxspec.generator.view.SiteBuilder;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;

import com.google.inject.Injector;

/**
 * The whole site for a spec of 1,000 touchpoints and 50 roles and partners: warm (load, check,
 * build the view, render, write, in a JVM that has done it before) and cold (./cxspec generate
 * in a fresh JVM). Targets: under 1 s warm, under 2 s cold. Run it with generator/benchmark/run.sh.
 */
public final class GenerateBenchmark {

	private static final int WARM_UP = 5;
	private static final int RUNS = 7;

	private GenerateBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		Path work = Files.createTempDirectory("cxspec-generate-benchmark");
		try {
			Path spec = work.resolve("spec/large.cxspec");
			Files.createDirectories(spec.getParent());
			Files.writeString(spec, LargeSpec.text(10, 10, 10, 40, 10));
			warm(spec, work);
			cold(root, spec, work);
		} finally {
			delete(work);
		}
	}

	private static void warm(Path spec, Path work) throws Exception {
		Injector injector = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
		SpecLoader loader = injector.getInstance(SpecLoader.class);
		SpecChecker checker = injector.getInstance(SpecChecker.class);
		for (int i = 0; i < WARM_UP; i++) {
			once(loader, checker, spec, work.resolve("warm-up-" + i));
		}
		List<long[]> fresh = new ArrayList<>();
		List<long[]> again = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			fresh.add(once(loader, checker, spec, work.resolve("fresh-" + i)));
			again.add(once(loader, checker, spec, work.resolve("fresh-" + i)));
		}
		printPhases("warm, into a new folder", fresh);
		printPhases("warm, regenerating unchanged", again);
	}

	private static void printPhases(String what, List<long[]> runs) {
		runs.sort(Comparator.comparingLong(run -> run[5]));
		long[] median = runs.get(RUNS / 2);
		System.out.printf("%s (1,000 touchpoints, 50 roles and partners, %d files): load %d ms, check %d ms, view %d ms,"
				+ " render %d ms, write %d ms, total %d ms (median of %d)%n", what, median[6], median[0], median[1],
				median[2], median[3], median[4], median[5], RUNS);
	}

	/** Times of load, check, view, render, write, total (ms), and the number of files. */
	private static long[] once(SpecLoader loader, SpecChecker checker, Path spec, Path out) throws Exception {
		long start = System.nanoTime();
		LoadedSpec loaded = loader.loadPaths(List.of(spec));
		long loadedAt = System.nanoTime();
		List<Finding> findings = checker.check(loaded);
		long checkedAt = System.nanoTime();
		Site site = SiteBuilder.build(loaded, findings, spec.getParent(), Locale.ENGLISH);
		long builtAt = System.nanoTime();
		SortedMap<String, String> files = new SiteRenderer(new Templates(null), Locale.ENGLISH).render(site);
		long renderedAt = System.nanoTime();
		new SiteWriter().write(out, files);
		long writtenAt = System.nanoTime();
		if (findings.stream().anyMatch(finding -> "error".equals(finding.severityWord()))) {
			throw new IllegalStateException("the synthetic spec has errors: " + findings.get(0).message());
		}
		return new long[] { ms(loadedAt - start), ms(checkedAt - loadedAt), ms(builtAt - checkedAt),
				ms(renderedAt - builtAt), ms(writtenAt - renderedAt), ms(writtenAt - start), files.size() };
	}

	private static void cold(Path root, Path spec, Path work) throws Exception {
		run(root, spec, work.resolve("cold-build")); // builds the jar and the class-data archive if needed
		run(root, spec, work.resolve("cold-build"));
		List<Long> fresh = new ArrayList<>();
		List<Long> again = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			fresh.add(run(root, spec, work.resolve("cold-" + i)));
			again.add(run(root, spec, work.resolve("cold-" + i)));
		}
		print("cold ./cxspec generate (fresh JVM), into a new folder", fresh);
		print("cold ./cxspec generate (fresh JVM), regenerating unchanged", again);
	}

	private static void print(String what, List<Long> times) {
		Collections.sort(times);
		System.out.printf("%s: median %d ms, best %d ms, worst %d ms (%d runs)%n", what, times.get(RUNS / 2), times.get(0),
				times.get(RUNS - 1), RUNS);
	}

	private static long run(Path root, Path spec, Path out) throws Exception {
		long start = System.nanoTime();
		Process process = new ProcessBuilder(root.resolve("cxspec").toString(), "generate", "--out", out.toString(),
				spec.toString()).directory(root.toFile()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IllegalStateException("./cxspec generate exited " + exit);
		}
		return ms(System.nanoTime() - start);
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}
}
