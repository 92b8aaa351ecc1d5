package org.cxspec.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/** A copy of a shipped example in a temporary folder, for a studio to edit. */
final class StudioFixture {

	private StudioFixture() {
	}

	/** The repository's examples folder, as the build passes it (src/test runs inside the project). */
	static Path examples() {
		return Paths.get(System.getProperty("cxspec.examples", "../../examples")).toAbsolutePath().normalize();
	}

	static Path copyOf(String example, Path into) {
		Path source = examples().resolve(example);
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = into.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		} catch (IOException cannotCopy) {
			throw new UncheckedIOException(cannotCopy);
		}
		return into;
	}
}
