package org.cxspec.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The examples shipped in the repository's {@code examples/} folder, as tests of this module find them (Maven runs them in the module). */
public final class ShippedExamples {

	public static final Path FOLDER = Path.of("../../examples").toAbsolutePath().normalize();

	private ShippedExamples() {
	}

	/** Each example's folder, sorted; fails if there is none. */
	public static List<Path> folders() throws IOException {
		try (Stream<Path> children = Files.list(FOLDER)) {
			return nonEmpty(children.filter(Files::isDirectory).sorted().toList());
		}
	}

	/** Every spec file of every example, sorted; fails if there is none. */
	public static List<Path> specFiles() throws IOException {
		try (Stream<Path> files = Files.walk(FOLDER)) {
			return nonEmpty(files.filter(path -> path.toString().endsWith(".cxspec")).sorted().toList());
		}
	}

	private static List<Path> nonEmpty(List<Path> found) {
		assertFalse(found.isEmpty(), "no example under " + FOLDER);
		return found;
	}
}
