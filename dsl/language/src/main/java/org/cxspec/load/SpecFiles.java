package org.cxspec.load;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the spec files named on a command line: files as given, folders searched recursively.
 * Only regular files are specs: a device, a named pipe or a terminal could block or never end.
 * Linked folders are followed, each real file counted once, and a link back up the tree is
 * not followed round again.
 */
public final class SpecFiles {

	public static final String EXTENSION = ".cxspec";

	private SpecFiles() {
	}

	/** Every spec file under the given paths, each once, in path order within each folder. */
	public static List<Path> collect(List<Path> paths) throws BadInputException {
		if (paths.isEmpty()) {
			throw new BadInputException("no spec given: name one or more .cxspec files or folders");
		}
		List<Path> files = new ArrayList<>();
		Set<Path> seen = new HashSet<>();
		for (Path path : paths) {
			Path absolute = path.toAbsolutePath().normalize();
			if (!Files.exists(absolute)) {
				throw new BadInputException(Locations.display(path) + (Files.isSymbolicLink(absolute)
						? ": a link to nothing (its target is gone)" : ": no such file or folder"));
			}
			if (Files.isDirectory(absolute)) {
				List<Path> found = specsUnder(absolute);
				if (found.isEmpty()) {
					throw new BadInputException(Locations.display(path) + ": no " + EXTENSION + " file in this folder");
				}
				for (Path file : found) {
					addOnce(file, files, seen);
				}
				continue;
			}
			requireRegularFile(absolute);
			if (!absolute.getFileName().toString().endsWith(EXTENSION)) {
				throw new BadInputException(Locations.display(path) + ": not a " + EXTENSION
						+ " file (specs are read from files named *" + EXTENSION + ")");
			}
			if (!Files.isReadable(absolute)) {
				throw new BadInputException(Locations.display(path) + ": cannot read this file (check its permissions)");
			}
			addOnce(absolute, files, seen);
		}
		return files;
	}

	/** Whether a folder holds at least one spec file (however deep). */
	public static boolean holdsSpecs(Path folder) {
		try {
			return !specsUnder(folder.toAbsolutePath().normalize()).isEmpty();
		} catch (BadInputException unreadable) {
			return true; // let collect() say what is wrong with it
		}
	}

	/**
	 * Refuses what is not a regular file (a link is judged by what it points to), before it is
	 * opened: opening a named pipe waits for a writer, reading a device never ends.
	 */
	public static void requireRegularFile(Path file) throws BadInputException {
		if (!Files.isRegularFile(file)) {
			throw new BadInputException(Locations.display(file) + ": not a regular file (" + kind(file)
					+ "); cxspec reads specs only from ordinary files");
		}
	}

	private static String kind(Path file) {
		if (Files.isDirectory(file)) {
			return "a folder";
		}
		if (!Files.exists(file)) {
			return Files.isSymbolicLink(file) ? "a link to nothing" : "it does not exist";
		}
		try {
			int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
			return switch (type) {
			case 0010000 -> "a named pipe";
			case 0020000 -> "a character device";
			case 0060000 -> "a block device";
			case 0140000 -> "a socket";
			default -> "a special file";
			};
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException notUnix) {
			return "a special file";
		}
	}

	private static void addOnce(Path file, List<Path> files, Set<Path> seen) throws BadInputException {
		try {
			if (seen.add(file.toRealPath())) {
				files.add(file);
			}
		} catch (IOException unreadable) {
			throw new BadInputException(Locations.display(file) + ": cannot read this file (" + unreadable.getClass().getSimpleName() + ")");
		}
	}

	private static List<Path> specsUnder(Path folder) throws BadInputException {
		List<Path> found = new ArrayList<>();
		List<BadInputException> problems = new ArrayList<>();
		try {
			Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (file.getFileName().toString().endsWith(EXTENSION)) {
						if (attributes.isRegularFile()) {
							found.add(file);
						} else {
							try {
								requireRegularFile(file);
							} catch (BadInputException notAFile) {
								problems.add(notAFile);
								return FileVisitResult.TERMINATE;
							}
						}
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
					if (failure instanceof FileSystemLoopException) {
						return FileVisitResult.SKIP_SUBTREE; // a link back up: its files are walked already
					}
					throw failure;
				}
			});
		} catch (IOException unreadable) {
			throw new BadInputException(Locations.display(folder) + ": cannot read this folder (" + unreadable.getMessage() + ")");
		}
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		found.sort(null);
		return found;
	}
}
