package org.cxspec.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxspec.CxspecStandaloneSetup;
import org.cxspec.diff.DiffFormat;
import org.cxspec.diff.Snapshot;
import org.cxspec.diff.SpecDiff;
import org.cxspec.diff.SpecDiffer;

import com.google.inject.Injector;

/**
 * {@code cxspec diff} of two 100k-line versions of a spec, warm: both loaded and fully checked,
 * compared, and the text written. The later version changes every tenth unit of the synthetic
 * spec: a reworded standard, a renamed role (and every reference to it), a faster closed-loop
 * response and a touchpoint moved to another stage. Target: under 2 s. Run it with
 * generator/benchmark/run.sh diff.
 */
public final class DiffBenchmark {

	private static final int WARM_UP = 5;
	private static final int RUNS = 7;
	private static final String UNIT_START = "customer Segment";

	private DiffBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Injector injector = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
		SpecDiffer differ = injector.getInstance(SpecDiffer.class);
		Path folder = Path.of("synthetic").toAbsolutePath();
		Map<Path, String> before = SyntheticSpecs.generate(folder, 100_000, 1);
		Map<Path, String> after = Map.of(before.keySet().iterator().next(), later(before.values().iterator().next()));
		long lines = before.values().stream().mapToLong(text -> text.lines().count()).sum();
		System.out.println("warming up...");
		SpecDiff diff = null;
		for (int i = 0; i < WARM_UP; i++) {
			diff = run(differ, before, after).diff();
		}
		List<Long> times = new ArrayList<>();
		List<Long> comparing = new ArrayList<>();
		List<Long> cpu = new ArrayList<>();
		for (int i = 0; i < RUNS; i++) {
			Timed timed = run(differ, before, after);
			times.add(timed.millis());
			comparing.add(timed.compareMillis());
			cpu.add(timed.cpuMillis());
		}
		Collections.sort(times);
		Collections.sort(comparing);
		Collections.sort(cpu);
		System.out.printf("diff of two %,d-line versions (%,d changes, %d roles affected): median %d ms (range %d-%d ms),"
				+ " of which comparing and writing the text %d ms; process CPU time median %d ms (range %d-%d ms); load average %.1f%n",
				lines, diff.changes().size(), diff.affectedRoles().size(), times.get(RUNS / 2), times.get(0), times.get(RUNS - 1),
				comparing.get(RUNS / 2), cpu.get(RUNS / 2), cpu.get(0), cpu.get(RUNS - 1),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/**
	 * The whole diff, the part of it spent comparing and writing (the rest is loading and checking
	 * both versions), and the CPU time the process spent on it: on a machine shared with other
	 * work, wall time grows with the load, while CPU time is what the diff itself costs.
	 */
	private record Timed(SpecDiff diff, long millis, long compareMillis, long cpuMillis) {
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}

	private static Timed run(SpecDiffer differ, Map<Path, String> before, Map<Path, String> after) {
		long cpu = processCpuNanos();
		long start = System.nanoTime();
		// As cxspec diff does: each version's model is let go once read.
		Snapshot old = differ.side("v1", before).snapshot();
		Snapshot now = differ.side("v2", after).snapshot();
		long loaded = System.nanoTime();
		SpecDiff diff = SpecDiffer.compare(old, now, Locale.ENGLISH);
		String text = DiffFormat.TEXT.render(diff);
		long end = System.nanoTime();
		if (text.isEmpty()) {
			throw new IllegalStateException("no diff written");
		}
		return new Timed(diff, (end - start) / 1_000_000, (end - loaded) / 1_000_000, (processCpuNanos() - cpu) / 1_000_000);
	}

	/** Every tenth unit changed in four ways a real revision would. */
	static String later(String text) {
		String[] units = text.split("(?=" + UNIT_START + ")");
		StringBuilder out = new StringBuilder(text.length() + 10_000);
		for (int i = 0; i < units.length; i++) {
			String unit = units[i];
			if (unit.startsWith(UNIT_START) && i % 10 == 0) {
				String n = unit.substring(UNIT_START.length(), unit.indexOf(' ', UNIT_START.length()));
				unit = unit.replace("Acknowledge what happened first", "Acknowledge what happened before anything else")
						.replaceAll("\\bAgent" + n + "\\b", "ClaimsAgent" + n)
						.replace("respond within 24 hours", "respond within 12 hours")
						.replace("    stage Repair \"My home is made safe\" {\n        touchpoint Visit",
								"    stage Repair \"My home is made safe\" {\n    }\n    stage Visit \"Someone comes round\" {\n        touchpoint Visit");
			}
			out.append(unit);
		}
		return out.toString();
	}
}
