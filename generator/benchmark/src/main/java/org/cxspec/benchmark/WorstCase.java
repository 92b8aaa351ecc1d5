package org.cxspec.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxspec.CxspecStandaloneSetup;
import org.cxspec.formatting2.SpecFormatting;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;
import org.cxspec.parser.TokenBudgetParser;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Injector;

/**
 * The {@link HostileSpecs}, each hard for one phase, validated and formatted at 1x, 4x and 16x,
 * with the growth from one size to the next: about 4 is linear, 16 quadratic. The 16x sizes are
 * the cases of issue 9. Format is measured as {@code cxspec format} works: the same parse and
 * validation, then laying out every file without syntax errors. Run with
 * generator/benchmark/run.sh worst-case [part of a case's name].
 */
public final class WorstCase {

	private static final Path FOLDER = Path.of("/worst-case");
	private static final int[] SCALES = { 1, 4, 16 };

	private WorstCase() {
	}

	/** Processor time of validate and of format, in milliseconds (-1: the heap ran full), and whether the input was refused. */
	record Run(long validate, long format, boolean refused) {
	}

	public static void main(String[] args) {
		Injector injector = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
		SpecLoader loader = injector.getInstance(SpecLoader.class);
		SpecChecker checker = injector.getInstance(SpecChecker.class);
		SpecFormatting formatting = injector.getInstance(SpecFormatting.class);
		System.out.println("warming up...");
		for (HostileSpecs.Case input : HostileSpecs.CASES) {
			run(loader, checker, formatting, files(input, 1));
		}
		String only = args.length > 0 ? args[0] : "";
		System.out.printf("%-44s %10s %10s %10s   %s%n", "input", "1x", "4x", "16x",
				"processor time; growth 1x>4x>16x (4 = linear); size and peak heap at 16x");
		for (HostileSpecs.Case input : HostileSpecs.CASES.stream().filter(input -> input.name().contains(only)).toList()) {
			Run[] runs = new Run[SCALES.length];
			long peak = 0;
			long characters = 0;
			for (int i = 0; i < SCALES.length; i++) {
				Map<Path, String> spec = files(input, SCALES[i]);
				characters = spec.values().stream().mapToLong(String::length).sum();
				resetPeaks();
				try {
					runs[i] = run(loader, checker, formatting, spec);
				} catch (OutOfMemoryError | RuntimeException failed) {
					if (!outOfMemory(failed)) {
						throw failed;
					}
					runs[i] = new Run(-1, -1, false);
				}
				spec = null;
				peak = peakHeap();
			}
			String refused = runs[SCALES.length - 1].refused() ? ", refused (over the token budget)" : "";
			print(input.name() + ": validate", runs, Run::validate, String.format("%.1f MB, %d MB%s", characters / 1e6, peak >> 20, refused));
			print(input.name() + ": format", runs, Run::format, "");
		}
	}

	private static void print(String what, Run[] runs, java.util.function.ToLongFunction<Run> millis, String note) {
		long[] measured = new long[runs.length];
		String[] shown = new String[runs.length];
		for (int i = 0; i < runs.length; i++) {
			measured[i] = millis.applyAsLong(runs[i]);
			shown[i] = measured[i] < 0 ? "heap full" : measured[i] + " ms";
		}
		System.out.printf("%-44s %10s %10s %10s   %s %s%s%n", what, shown[0], shown[1], shown[2], growth(measured[0], measured[1]),
				growth(measured[1], measured[2]), note.isEmpty() ? "" : ", " + note);
	}

	/**
	 * Processor time (the process's, so garbage collection counts) to load and fully validate, as
	 * {@code cxspec validate} does after reading the files; then to format as well. Processor
	 * time, not wall time: on a shared machine the wall clock measures the neighbours.
	 */
	static Run run(SpecLoader loader, SpecChecker checker, SpecFormatting formatting, Map<Path, String> spec) {
		System.gc();
		long start = cpuNanos();
		LoadedSpec loaded = loader.loadTexts(spec);
		List<Finding> findings = checker.check(loaded);
		long validated = cpuNanos();
		Set<Path> broken = findings.stream().filter(finding -> Rule.SYNTAX_ERROR.id().equals(finding.ruleId()))
				.map(Finding::file).collect(Collectors.toSet());
		boolean refused = false;
		for (Resource resource : loaded.resources()) {
			refused |= ((XtextResource) resource).getParseResult() instanceof TokenBudgetParser.Refused;
			if (!broken.contains(loaded.fileOf(resource))) {
				formatting.format((XtextResource) resource);
			}
		}
		long formatted = cpuNanos();
		return new Run((validated - start) / 1_000_000, (formatted - start) / 1_000_000, refused);
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
