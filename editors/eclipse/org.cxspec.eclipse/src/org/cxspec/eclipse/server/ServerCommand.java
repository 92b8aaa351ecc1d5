package org.cxspec.eclipse.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts {@code cxspec lsp}. Blank settings mean: the Java that runs Eclipse
 * (Eclipse needs 21+, cxspec 17+, so it always fits) and the jar that travels in this bundle.
 */
public record ServerCommand(String javaExecutable, String jvmOptions, String serverJar) {

	/** @throws IOException naming the setting, when a configured file does not exist */
	public List<String> arguments(Path bundledJar) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(java());
		for (String option : jvmOptions == null ? new String[0] : jvmOptions.trim().split("\\s+")) {
			if (!option.isEmpty()) {
				command.add(option);
			}
		}
		command.add("-jar");
		command.add(jar(bundledJar).toString());
		command.add("lsp");
		return command;
	}

	private String java() throws IOException {
		if (javaExecutable == null || javaExecutable.isBlank()) {
			return Path.of(System.getProperty("java.home"), "bin", "java").toString();
		}
		if (!Files.isExecutable(Path.of(javaExecutable.trim()))) {
			throw new IOException("The Java executable set in Preferences > cxspec is not an executable file: " + javaExecutable.trim());
		}
		return javaExecutable.trim();
	}

	private Path jar(Path bundledJar) throws IOException {
		if (serverJar == null || serverJar.isBlank()) {
			return bundledJar;
		}
		Path jar = Path.of(serverJar.trim());
		if (!Files.isRegularFile(jar)) {
			throw new IOException("The cxspec.jar set in Preferences > cxspec does not exist: " + jar);
		}
		return jar;
	}
}
