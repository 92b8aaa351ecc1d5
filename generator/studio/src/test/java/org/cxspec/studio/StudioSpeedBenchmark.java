package org.cxspec.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxspec.benchmark.SyntheticSpecs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmark, not a test (it asserts nothing about time): in the real browser, from a keystroke
 * to the diagnostics shown, and to the preview shown, for the largest example and for a 10k-line
 * spec. Runs only with -Dcxspec.benchmark=true (generator/studio/benchmark.sh); prints figures
 * twice per spec: for keystrokes 6 to 30 after opening the file (the JIT still compiling) and for
 * keystrokes 51 to 75 (warm, as after a minute of typing).
 */
class StudioSpeedBenchmark {

	private static final int KEYSTROKES = 25;

	/** Where each measured run of {@link #KEYSTROKES} starts: after 5 keystrokes, and after 50. */
	private static final List<Integer> FROM = List.of(5, 50);

	/** The studio runs in this JVM: its processor time covers the language server and the preview. */
	private static final com.sun.management.OperatingSystemMXBean STUDIO_JVM =
			(com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

	@TempDir
	Path temporary;

	@Test
	void keystrokeToDiagnosticsAndPreview() throws Exception {
		Assumptions.assumeTrue(Boolean.getBoolean("cxspec.benchmark"), "benchmark: run generator/studio/benchmark.sh");
		Path example = StudioFixture.copyOf("insurer-claims", Files.createDirectories(temporary.resolve("insurer-claims")));
		measure("insurer-claims (6 files, 1,084 lines)", example, "claims-journey.cxspec", 34);
		Path large = Files.createDirectories(temporary.resolve("large"));
		for (Map.Entry<Path, String> file : SyntheticSpecs.generate(large, 10_000, 1).entrySet()) {
			Files.writeString(file.getKey(), file.getValue());
		}
		long lines = Files.readAllLines(large.resolve("part-000.cxspec")).size();
		measure("synthetic, one file of " + lines + " lines", large, "part-000.cxspec", 5000);
	}

	private void measure(String what, Path folder, String file, int line) throws Exception {
		try (Studio studio = Studio.start(folder, 0, Locale.ENGLISH)) {
			WebDriver browser = StudioPage.chromium();
			try {
				WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
				browser.get(studio.address() + "#" + file);
				wait.until(page -> "true".equals(page.findElement(By.tagName("body")).getDomAttribute("data-ready")));
				wait.until(page -> !page.findElements(By.cssSelector("iframe.preview.shown")).isEmpty());
				JavascriptExecutor js = (JavascriptExecutor) browser;
				// Every keystroke types an x into a comment at the end of the line. The comment is put in
				// place at once: typed, its second slash sometimes landed after the first x ("/xx/").
				js.executeScript("const v = window.cxspecStudio.view; const l = v.state.doc.line(arguments[0]);"
						+ " v.dispatch({ changes: { from: l.to, insert: ' //' }, selection: { anchor: l.to + 3 } }); v.focus();", line);
				List<List<Double>> diagnostics = runs();
				List<List<Double>> preview = runs();
				List<List<Double>> answered = runs();
				List<List<Double>> processor = runs();
				List<List<Double>> build = runs();
				int typed = FROM.get(FROM.size() - 1) + KEYSTROKES;
				for (int i = 0; i < typed; i++) {
					js.executeScript("for (const list of Object.values(window.cxspecStudio.stats)) list.length = 0;");
					long cpuBefore = STUDIO_JVM.getProcessCpuTime();
					long buildBefore = languageServerBuilds();
					browser.switchTo().activeElement().sendKeys("x");
					wait.until(page -> ((Number) js.executeScript("const s = window.cxspecStudio.stats;"
							+ " return Math.min(s.diagnosticsMs.length, s.previewMs.length);")).intValue() > 0);
					for (int run = 0; run < FROM.size(); run++) {
						if (i >= FROM.get(run) && i < FROM.get(run) + KEYSTROKES) {
							diagnostics.get(run).add(((Number) js.executeScript("return window.cxspecStudio.stats.diagnosticsMs[0]")).doubleValue());
							preview.get(run).add(((Number) js.executeScript("return window.cxspecStudio.stats.previewMs[0]")).doubleValue());
							answered.get(run).add(((Number) js.executeScript("return window.cxspecStudio.stats.previewAnswerMs[0]")).doubleValue());
							processor.get(run).add((STUDIO_JVM.getProcessCpuTime() - cpuBefore) / 1e6);
							build.get(run).add((languageServerBuilds() - buildBefore) / 1e6);
						}
					}
				}
				String end = (String) js.executeScript("const v = window.cxspecStudio.view; return v.state.doc.line(arguments[0]).text;", line);
				if (!end.endsWith(" //" + "x".repeat(typed))) {
					throw new IllegalStateException("the keystrokes did not land in the comment: " + end);
				}
				for (int run = 0; run < FROM.size(); run++) {
					String keystrokes = String.format(Locale.ROOT, "%s, keystrokes %d-%d", what, FROM.get(run) + 1, FROM.get(run) + KEYSTROKES);
					System.out.printf(Locale.ROOT, "%s: keystroke to diagnostics median %.0f ms, p90 %.0f ms; to preview median %.0f ms, p90 %.0f ms%n",
							keystrokes, percentile(diagnostics.get(run), 50), percentile(diagnostics.get(run), 90),
							percentile(preview.get(run), 50), percentile(preview.get(run), 90));
					// Where the preview's time goes, and the work per keystroke, which load does not change much.
					System.out.printf(Locale.ROOT, "%s: keystroke to the preview's answer (debounce and rendering on the server) median %.0f ms;"
							+ " processor time per keystroke: the studio's (language server, preview, JIT and GC) median %.0f ms,"
							+ " the language server's build median %.0f ms%n",
							keystrokes, percentile(answered.get(run), 50), percentile(processor.get(run), 50), percentile(build.get(run), 50));
				}
			} finally {
				browser.quit();
			}
		}
	}

	private static List<List<Double>> runs() {
		List<List<Double>> runs = new ArrayList<>();
		FROM.forEach(from -> runs.add(new ArrayList<>()));
		return runs;
	}

	/** Processor time so far of Xtext's build queue, where the language server parses, links and validates. */
	private static long languageServerBuilds() {
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long total = 0;
		for (java.lang.management.ThreadInfo thread : threads.dumpAllThreads(false, false)) {
			if (thread.getThreadName().startsWith("RequestManager-Queue")) {
				total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
			}
		}
		return total;
	}

	private static double percentile(List<Double> values, int percent) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}
}
