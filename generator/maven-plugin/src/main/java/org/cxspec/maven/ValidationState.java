package org.cxspec.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.cxspec.config.ProjectConfigs;

/**
 * What the last validation saw and concluded, so that an unchanged set of specs and
 * configuration is not validated again: a content hash of the spec files, the configuration and
 * baseline that apply, the plugin version and the options, with the outcome of that run.
 */
record ValidationState(String hash, boolean failed, String summary) {

	static final String FILE_NAME = ".validation-state";

	/** The hash of everything that decides a validation's outcome and reports. */
	static String hashOf(List<Path> specs, Path config, Path baseline, String options) throws IOException {
		MessageDigest digest = sha256();
		update(digest, options);
		for (Path spec : specs) {
			update(digest, "spec " + spec);
			digest.update(Files.readAllBytes(spec));
			Optional<Path> applying = config != null ? Optional.of(config) : ProjectConfigs.nearestFile(spec);
			if (applying.isPresent() && Files.isRegularFile(applying.get())) {
				update(digest, "config " + applying.get());
				digest.update(Files.readAllBytes(applying.get()));
			}
		}
		if (baseline != null && Files.isRegularFile(baseline)) {
			update(digest, "baseline " + baseline);
			digest.update(Files.readAllBytes(baseline));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static Optional<ValidationState> read(Path folder) {
		try {
			List<String> lines = Files.readAllLines(folder.resolve(FILE_NAME), StandardCharsets.UTF_8);
			if (lines.size() == 3) {
				return Optional.of(new ValidationState(lines.get(0), Boolean.parseBoolean(lines.get(1)), lines.get(2)));
			}
		} catch (IOException noneYet) {
			// validated for the first time, or after mvn clean
		}
		return Optional.empty();
	}

	void write(Path folder) throws IOException {
		Reports.writeAtomically(folder.resolve(FILE_NAME), hash + "\n" + failed + "\n" + summary + "\n");
	}

	private static void update(MessageDigest digest, String text) {
		digest.update((text + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException alwaysPresent) {
			throw new IllegalStateException(alwaysPresent);
		}
	}
}
