package org.cxspec.ide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;
import org.eclipse.lsp4j.Diagnostic;

import com.google.inject.Injector;

/**
 * Findings as lines a test can compare, "line:column severity message [rule]", written the same
 * way for what {@code cxspec validate} reports and for what the server published.
 */
final class Findings {

	private Findings() {
	}

	/** The spec files of a folder, by file name. */
	static Map<String, String> specTexts(Path folder) throws IOException {
		Map<String, String> texts = new TreeMap<>();
		try (Stream<Path> specs = Files.list(folder)) {
			for (Path spec : specs.filter(path -> path.toString().endsWith(".cxspec")).toList()) {
				texts.put(spec.getFileName().toString(), Files.readString(spec));
			}
		}
		return texts;
	}

	/**
	 * What validate reports for these texts (by file name), each file's lines sorted, every file
	 * named; {@code mirror} is a folder to write them to.
	 */
	static Map<String, List<String>> reported(Injector validate, Path mirror, Map<String, String> texts) throws IOException, BadInputException {
		List<Path> paths = new ArrayList<>();
		Map<String, List<String>> byFile = new TreeMap<>();
		for (Map.Entry<String, String> text : texts.entrySet()) {
			Path copy = mirror.resolve(text.getKey());
			Files.writeString(copy, text.getValue());
			paths.add(copy);
			byFile.put(text.getKey(), new ArrayList<>());
		}
		for (Finding finding : validate.getInstance(SpecChecker.class).check(validate.getInstance(SpecLoader.class).load(paths))) {
			byFile.get(finding.file().getFileName().toString()).add(finding.line() + ":" + finding.column() + " "
					+ finding.severityWord() + " " + finding.message() + " [" + finding.ruleId() + "]");
		}
		byFile.values().forEach(lines -> lines.sort(null));
		return byFile;
	}

	/** Published diagnostics as lines, sorted. */
	static List<String> lines(List<Diagnostic> diagnostics) {
		List<String> lines = new ArrayList<>();
		for (Diagnostic d : diagnostics) {
			String severity = switch (d.getSeverity()) {
			case Error -> "error";
			case Warning -> "warning";
			default -> "info";
			};
			lines.add((d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1) + " " + severity
					+ " " + d.getMessage().getLeft() + " [" + d.getCode().getLeft() + "]");
		}
		lines.sort(null);
		return lines;
	}

	/** What {@code shown} gives once it equals {@code expected}, or after 20 s what it gives then. */
	static <T> T settled(T expected, Supplier<T> shown) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		T now = shown.get();
		while (!expected.equals(now) && System.nanoTime() < deadline) {
			Thread.sleep(20);
			now = shown.get();
		}
		return now;
	}
}
