package org.cxspec.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the spec files named on a command line: files as given, folders searched recursively. */
public final class SpecFiles {

	public static final String EXTENSION = ".cxspec";

	private SpecFiles() {
	}

	/** Every spec file under the given paths, each once, in path order within each folder. */
	public static List<Path> collect(List<Path> paths) throws BadInputException {
		if (paths.isEmpty()) {
			throw new BadInputException("no spec given: name one or more .cxspec files or folders");
		}
		Set<Path> files = new LinkedHashSet<>();
		for (Path path : paths) {
			Path absolute = path.toAbsolutePath().normalize();
			if (!Files.exists(absolute)) {
				throw new BadInputException(Locations.display(path) + ": no such file or folder");
			}
			if (Files.isDirectory(absolute)) {
				List<Path> found = specsUnder(absolute);
				if (found.isEmpty()) {
					throw new BadInputException(Locations.display(path) + ": no " + EXTENSION + " file in this folder");
				}
				files.addAll(found);
			} else if (!Files.isReadable(absolute)) {
				throw new BadInputException(Locations.display(path) + ": cannot read this file (check its permissions)");
			} else {
				files.add(absolute);
			}
		}
		return new ArrayList<>(files);
	}

	private static List<Path> specsUnder(Path folder) throws BadInputException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(file -> file.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(file))
					.sorted()
					.toList();
		} catch (IOException | UncheckedIOException unreadable) {
			throw new BadInputException(Locations.display(folder) + ": cannot read this folder (" + unreadable.getMessage() + ")");
		}
	}
}
