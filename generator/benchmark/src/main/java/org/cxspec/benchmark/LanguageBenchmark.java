package org.cxspec.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.cxspec.CxspecStandaloneSetup;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Injector;

/**
 * Parse, link and validate times (warm), lines per second and peak heap for synthetic specs of
 * 1k, 10k and 100k lines (and 100k over 200 files); then the cold start of
 * {@code ./cxspec validate} on the reference spec. Run it with generator/benchmark/run.sh.
 */
public final class LanguageBenchmark {

	private static final int WARM_UP = 5;
	private static final int WARM_UP_PER_SIZE = 8;
	private static final int RUNS = 5;

	private LanguageBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		Injector injector = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
		SpecLoader loader = injector.getInstance(SpecLoader.class);
		SpecChecker checker = injector.getInstance(SpecChecker.class);
		Path folder = root.resolve("synthetic");

		System.out.println("warming up...");
		Map<Path, String> warm = SyntheticSpecs.generate(folder, 10_000, 1);
		for (int i = 0; i < WARM_UP; i++) {
			measure(loader, checker, warm);
		}
		System.out.printf("%-22s %8s %8s %8s %8s %10s %10s %9s%n", "spec", "lines", "parse", "link", "validate", "total",
				"lines/s", "peak heap");
		for (int[] size : new int[][] { { 1_000, 1 }, { 10_000, 1 }, { 100_000, 1 }, { 100_000, 200 } }) {
			Map<Path, String> spec = SyntheticSpecs.generate(folder, size[0], size[1]);
			long lines = spec.values().stream().mapToLong(text -> text.lines().count()).sum();
			for (int i = 0; i < WARM_UP_PER_SIZE; i++) {
				measure(loader, checker, spec); // warm: the JIT has seen inputs of this size
			}
			List<Timing> timings = new ArrayList<>();
			for (int i = 0; i < RUNS; i++) {
				timings.add(measure(loader, checker, spec));
			}
			Timing median = median(timings);
			System.out.printf("%-22s %8d %6d ms %6d ms %6d ms %8d ms %10.0f %6d MB%n",
					size[0] / 1000 + "k lines, " + size[1] + (size[1] == 1 ? " file" : " files"), lines,
					median.parse, median.link, median.validate, median.total(), lines * 1000.0 / Math.max(1, median.total()),
					median.peakHeap / (1024 * 1024));
		}
		ColdStart.report(root);
	}

	private record Timing(long parse, long link, long validate, long peakHeap, int findings) {
		long total() {
			return parse + link + validate;
		}
	}

	private static Timing measure(SpecLoader loader, SpecChecker checker, Map<Path, String> spec) {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP).toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		LoadedSpec loaded = loader.loadTexts(spec);
		long parsed = System.nanoTime();
		// what the validator does first: resolve the cross-references the parser left as proxies
		loaded.resources().forEach(resource -> EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl));
		long linked = System.nanoTime();
		List<Finding> findings = checker.check(loaded);
		long validated = System.nanoTime();
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		return new Timing(millis(parsed - start), millis(linked - parsed), millis(validated - linked), peak, findings.size());
	}

	private static long millis(long nanos) {
		return nanos / 1_000_000;
	}

	private static Timing median(List<Timing> timings) {
		List<Timing> sorted = new ArrayList<>(timings);
		Collections.sort(sorted, (a, b) -> Long.compare(a.total(), b.total()));
		return sorted.get(sorted.size() / 2);
	}
}
