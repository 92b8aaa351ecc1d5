package org.cxspec.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.config.ConfigReader;
import org.cxspec.config.ProjectConfig;
import org.cxspec.config.ProjectConfigs;
import org.cxspec.config.ResponsesMapping;
import org.cxspec.config.ResponsesSection;
import org.cxspec.load.BadInputException;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.Locations;
import org.cxspec.results.Measured;
import org.cxspec.results.Results;

/**
 * What {@code results}, {@code validate --responses} and {@code generate --responses} share:
 * the mapping and severities of the spec's {@code cxspec.yaml} (or {@code --config}), the
 * time follow-ups are judged at, and the measuring itself.
 */
final class ResponsesInput {

	private ResponsesInput() {
	}

	static Measured measure(LoadedSpec spec, List<Path> specFiles, Path explicitConfig, List<Path> responses, String now)
			throws BadInputException {
		Path configFile = explicitConfig != null ? explicitConfig
				: specFiles.isEmpty() ? null : ProjectConfigs.nearestFile(specFiles.get(0)).orElse(null);
		ResponsesMapping mapping = configFile == null ? ResponsesMapping.DEFAULTS : ResponsesSection.read(configFile);
		ProjectConfig config = configFile == null ? ProjectConfig.DEFAULTS : ConfigReader.read(configFile);
		for (Path file : responses) {
			if (file.getFileName() != null && file.getFileName().toString().endsWith(".cxspec")) {
				throw new BadInputException(file + ": a spec, not a survey export; give specs as PATH and exports after --responses");
			}
		}
		return Results.measure(spec, mapping, config, responses, instant(now, mapping));
	}

	private static Instant instant(String now, ResponsesMapping mapping) throws BadInputException {
		if (now == null) {
			return Instant.now();
		}
		try {
			return org.cxspec.results.ResultsFormat.parseNow(now, mapping.zone());
		} catch (DateTimeParseException notATime) {
			throw new BadInputException("--now '" + now + "' is not an ISO 8601 date or date-time, e.g. 2026-12-01T09:00Z");
		}
	}

	/**
	 * {@code --responses FILE... PATH...}: picocli gives the option every word up to the next
	 * option, so the specs that follow (folders and .cxspec files) are moved back to the paths.
	 */
	static void separate(List<Path> responses, List<Path> paths) throws BadInputException {
		List<Path> specs = responses.stream()
				.filter(path -> Files.isDirectory(path) || String.valueOf(path.getFileName()).endsWith(".cxspec")).toList();
		responses.removeAll(specs);
		paths.addAll(0, specs);
		if (paths.isEmpty()) {
			throw new BadInputException("no spec given: add the .cxspec files or folders after the survey exports");
		}
		if (responses.isEmpty()) {
			throw new BadInputException("no survey export given: --responses takes CSV files");
		}
	}

	/**
	 * For {@code --each}: each survey export measures the spec whose folder holds it (the way the
	 * examples keep theirs), so each spec is measured with its own {@code cxspec.yaml} mapping. An
	 * export in no spec's folder is refused rather than dropped; a spec without one gets none.
	 */
	static Map<Path, List<Path>> byFolder(List<EachSpec.Found> specs, List<Path> responses) throws BadInputException {
		Map<Path, List<Path>> exports = new LinkedHashMap<>();
		for (EachSpec.Found found : specs) {
			exports.put(found.root(), new ArrayList<>());
		}
		for (Path file : responses) {
			Path absolute = file.toAbsolutePath().normalize();
			EachSpec.Found owner = specs.stream()
					.filter(found -> Files.isDirectory(found.root()) && absolute.startsWith(found.root().toAbsolutePath().normalize()))
					.findFirst().orElse(null);
			if (owner == null) {
				throw new BadInputException(Locations.display(file) + ": with --each, each survey export goes in the folder of the spec"
						+ " it measures, and this one is in none of them (" + String.join(", ",
								specs.stream().filter(found -> Files.isDirectory(found.root())).map(found -> Locations.display(found.root()))
										.toList()) + ")");
			}
			exports.get(owner.root()).add(file);
		}
		return exports;
	}

	/** An output file must not be one of the exports it was made from. */
	static void refuseResponsesAsOutput(Path output, List<Path> responses) throws BadInputException {
		if (output == null) {
			return;
		}
		for (Path file : responses) {
			try {
				if (Files.exists(output) && Files.exists(file) && Files.isSameFile(output, file)) {
					throw new BadInputException(output + ": refusing to write the results over a survey export (--output)");
				}
			} catch (java.io.IOException unknowable) {
				// then they are not the same readable file
			}
		}
	}
}
