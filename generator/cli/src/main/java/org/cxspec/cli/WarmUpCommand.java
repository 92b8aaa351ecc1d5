package org.cxspec.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.cxspec.generator.findings.FindingsFormat;
import org.cxspec.generator.findings.FindingsReport;
import org.cxspec.generator.site.SiteRenderer;
import org.cxspec.generator.site.Templates;
import org.cxspec.generator.view.SiteBuilder;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;
import org.eclipse.xtext.diagnostics.Severity;

import picocli.CommandLine.Command;

/**
 * Validates a built-in spec that touches every construct, so that the launcher can record the
 * classes a real run needs in a class-data archive right after a build: later runs start faster.
 */
@Command(name = "warm-up", hidden = true, description = "Validates a built-in spec and renders its documents in memory (used by the launcher after a build).")
final class WarmUpCommand implements Runnable {

	@Override
	public void run() {
		String text;
		try (InputStream in = WarmUpCommand.class.getResourceAsStream("training.cxspec")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException | NullPointerException missing) {
			throw new UserProblem("the built-in training spec is missing from the jar");
		}
		Path file = Path.of("training.cxspec").toAbsolutePath();
		LoadedSpec spec = Language.get(SpecLoader.class).loadTexts(Map.of(file, text));
		FindingsReport report = new FindingsReport(java.util.List.of(file), Language.get(SpecChecker.class).check(spec), Severity.ERROR);
		for (FindingsFormat format : FindingsFormat.values()) {
			format.render(report);
		}
		// Generation too, in memory: its classes (Velocity, the templates' views) join the archive.
		new SiteRenderer(new Templates(null), Locale.ENGLISH)
				.render(SiteBuilder.build(spec, report.findings(), file.getParent(), Locale.ENGLISH));
		if (!report.findings().isEmpty()) {
			throw new UserProblem("the built-in training spec is not clean: " + report.findings().get(0).message());
		}
	}
}
