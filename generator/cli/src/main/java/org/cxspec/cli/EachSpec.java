package org.cxspec.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cxspec.load.BadInputException;
import org.cxspec.load.Locations;
import org.cxspec.load.SpecFiles;

/** For {@code --each}: every direct sub-folder holding specs, and every .cxspec file, is one spec. */
final class EachSpec {

	record Found(String name, Path root, List<Path> files) {
	}

	private EachSpec() {
	}

	static List<Found> jobs(List<Path> paths) throws BadInputException {
		List<Found> found = new ArrayList<>();
		Map<String, Path> names = new HashMap<>();
		for (Path path : paths) {
			if (!Files.isDirectory(path)) {
				throw new BadInputException(Locations.display(path)
						+ (Files.exists(path) ? ": --each takes folders of specs" : ": no such file or folder"));
			}
			List<Path> children;
			try (Stream<Path> list = Files.list(path)) {
				children = list.sorted().toList();
			} catch (IOException unreadable) {
				throw new BadInputException(Locations.display(path) + ": cannot read this folder");
			}
			for (Path child : children) {
				String file = child.getFileName().toString();
				if (file.endsWith(SpecFiles.EXTENSION) && !file.startsWith(".") && !Files.isDirectory(child)) {
					SpecFiles.requireRegularFile(child); // a named pipe or device is named, not skipped
				}
				boolean spec = Files.isRegularFile(child) && file.endsWith(SpecFiles.EXTENSION);
				if (file.startsWith(".") || !spec && !(Files.isDirectory(child) && SpecFiles.holdsSpecs(child))) {
					continue;
				}
				String name = spec ? file.substring(0, file.length() - SpecFiles.EXTENSION.length()) : file;
				Path clash = names.putIfAbsent(name, child);
				if (clash != null) {
					throw new BadInputException(Locations.display(child) + ": another spec is also named '" + name
							+ "' (" + Locations.display(clash) + "); each spec needs its own name under the output folder");
				}
				found.add(new Found(name, child, SpecFiles.collect(List.of(child))));
			}
		}
		if (found.isEmpty()) {
			throw new BadInputException(String.join(", ", paths.stream().map(Locations::display).toList())
					+ ": no sub-folder or " + SpecFiles.EXTENSION + " file with a spec in it");
		}
		return found;
	}
}
