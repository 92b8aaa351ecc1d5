package org.cxspec.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.CxspecStandaloneSetup;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;

import com.google.inject.Injector;

/**
 * The {@link HostileSpecs}, each hard for one phase, validated at 1x, 4x and 16x, with the
 * growth from one size to the next: about 4 is linear, 16 quadratic. The 16x sizes are the
 * cases of issue 9. Run with generator/benchmark/run.sh worst-case [part of a case's name].
 */
public final class WorstCase {

	private static final Path FOLDER = Path.of("/worst-case");
	private static final int[] SCALES = { 1, 4, 16 };

	private WorstCase() {
	}

	public static void main(String[] args) {
		Injector injector = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
		SpecLoader loader = injector.getInstance(SpecLoader.class);
		SpecChecker checker = injector.getInstance(SpecChecker.class);
		System.out.println("warming up...");
		for (HostileSpecs.Case input : HostileSpecs.CASES) {
			validate(loader, checker, files(input, 1));
		}
		String only = args.length > 0 ? args[0] : "";
		System.out.printf("%-36s %10s %10s %10s   %s%n", "input", "1x", "4x", "16x", "processor time; growth 1x>4x>16x (4 = linear), peak heap at 16x");
		for (HostileSpecs.Case input : HostileSpecs.CASES.stream().filter(input -> input.name().contains(only)).toList()) {
			String[] millis = new String[SCALES.length];
			long[] measured = new long[SCALES.length];
			long peak = 0;
			for (int i = 0; i < SCALES.length; i++) {
				Map<Path, String> spec = files(input, SCALES[i]);
				resetPeaks();
				try {
					measured[i] = validate(loader, checker, spec);
					millis[i] = measured[i] + " ms";
				} catch (OutOfMemoryError | RuntimeException failed) {
					if (!outOfMemory(failed)) {
						throw failed;
					}
					measured[i] = -1;
					millis[i] = "heap full";
				}
				spec = null;
				peak = peakHeap();
			}
			System.out.printf("%-36s %10s %10s %10s   %s, %d MB%n", input.name(), millis[0], millis[1], millis[2],
					growth(measured[0], measured[1]) + " " + growth(measured[1], measured[2]), peak / (1024 * 1024));
		}
	}

	/**
	 * Milliseconds of processor time (the process's, so garbage collection counts) to load and
	 * fully validate, as {@code cxspec validate} does after reading the files. Processor time,
	 * not wall time: on a shared machine the wall clock measures the neighbours.
	 */
	static long validate(SpecLoader loader, SpecChecker checker, Map<Path, String> spec) {
		System.gc();
		long start = cpuNanos();
		LoadedSpec loaded = loader.loadTexts(spec);
		checker.check(loaded);
		return (cpuNanos() - start) / 1_000_000;
	}

	/** Xtext's parser wraps running out of memory in a ParseException. */
	private static boolean outOfMemory(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OutOfMemoryError) {
				return true;
			}
		}
		return false;
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static Map<Path, String> files(HostileSpecs.Case input, int scale) {
		Map<Path, String> files = new LinkedHashMap<>();
		input.files().apply(scale).forEach((name, text) -> files.put(FOLDER.resolve(name), text));
		return files;
	}

	private static String growth(long from, long to) {
		return from < 0 || to < 0 ? "x?" : String.format("x%.1f", (double) Math.max(1, to) / Math.max(1, from));
	}

	private static void resetPeaks() {
		heap().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return heap().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
	}

	private static List<MemoryPoolMXBean> heap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
	}
}
