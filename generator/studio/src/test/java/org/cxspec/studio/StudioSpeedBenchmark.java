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
 * spec. Runs only with -Dcxspec.benchmark=true (generator/studio/benchmark.sh); prints figures.
 */
class StudioSpeedBenchmark {

	private static final int KEYSTROKES = 25;

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
				js.executeScript("const v = window.cxspecStudio.view; const l = v.state.doc.line(arguments[0]);"
						+ " v.dispatch({ selection: { anchor: l.to } }); v.focus();", line);
				browser.switchTo().activeElement().sendKeys(" //");
				List<Double> diagnostics = new ArrayList<>();
				List<Double> preview = new ArrayList<>();
				List<Double> answered = new ArrayList<>();
				List<Double> processor = new ArrayList<>();
				List<Double> build = new ArrayList<>();
				for (int i = 0; i < KEYSTROKES + 5; i++) {
					js.executeScript("for (const list of Object.values(window.cxspecStudio.stats)) list.length = 0;");
					long cpuBefore = STUDIO_JVM.getProcessCpuTime();
					long buildBefore = languageServerBuilds();
					browser.switchTo().activeElement().sendKeys("x");
					wait.until(page -> ((Number) js.executeScript("const s = window.cxspecStudio.stats;"
							+ " return Math.min(s.diagnosticsMs.length, s.previewMs.length);")).intValue() > 0);
					if (i >= 5) { // the first few warm the JIT up
						diagnostics.add(((Number) js.executeScript("return window.cxspecStudio.stats.diagnosticsMs[0]")).doubleValue());
						preview.add(((Number) js.executeScript("return window.cxspecStudio.stats.previewMs[0]")).doubleValue());
						answered.add(((Number) js.executeScript("return window.cxspecStudio.stats.previewAnswerMs[0]")).doubleValue());
						processor.add((STUDIO_JVM.getProcessCpuTime() - cpuBefore) / 1e6);
						build.add((languageServerBuilds() - buildBefore) / 1e6);
					}
				}
				System.out.printf(Locale.ROOT, "%s: keystroke to diagnostics median %.0f ms, p90 %.0f ms; to preview median %.0f ms, p90 %.0f ms%n",
						what, percentile(diagnostics, 50), percentile(diagnostics, 90), percentile(preview, 50), percentile(preview, 90));
				// Where the preview's time goes, and the work per keystroke, which load does not change much.
				System.out.printf(Locale.ROOT, "%s: keystroke to the preview's answer (debounce and rendering on the server) median %.0f ms;"
						+ " processor time per keystroke: the studio's (language server, preview, JIT and GC) median %.0f ms,"
						+ " the language server's build median %.0f ms%n",
						what, percentile(answered, 50), percentile(processor, 50), percentile(build, 50));
			} finally {
				browser.quit();
			}
		}
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
