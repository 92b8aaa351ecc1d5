package org.cxspec.generator.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cxspec.generator.AtomicFile;

/**
 * The note a {@link SiteWriter} leaves beside the output folder while it changes it. For a
 * {@link FolderSwitch}: the staged tree and the name the old tree is renamed to. For a folder
 * updated file by file: which staging folder holds the new documents and which old ones are to
 * go. A run killed in the middle (kill -9) leaves the note behind, and the next run into the
 * same folder first finishes or undoes that commit from it, so the folder holds one run's
 * documents whole; then every staging and backup folder beside it is removed.
 */
final class CommitJournal {

	private static final String STAGING = "staging ";
	private static final String STALE = "stale ";
	private static final String SWITCH = "switch ";

	private CommitJournal() {
	}

	static String newPrefix(Path target) {
		return "." + target.getFileName() + ".new-";
	}

	static String oldPrefix(Path target) {
		return "." + target.getFileName() + ".old-";
	}

	static Path of(Path target) {
		return target.resolveSibling("." + target.getFileName() + ".cxspec-commit");
	}

	/** Written (atomically) once everything is staged, before the first document is moved. */
	static void begin(Path target, Path staging, List<String> stale) throws IOException {
		StringBuilder note = new StringBuilder(STAGING).append(staging.getFileName()).append('\n');
		stale.forEach(path -> note.append(STALE).append(path).append('\n'));
		AtomicFile.write(of(target), note.toString());
	}

	/** Written (atomically) once the whole new tree is staged, before DIR is renamed aside. */
	static void beginSwitch(Path target, Path staging, Path aside) throws IOException {
		AtomicFile.write(of(target), SWITCH + staging.getFileName() + " " + aside.getFileName() + "\n");
	}

	/** The commit is complete (or completely undone): nothing is left to finish. */
	static void end(Path target) throws IOException {
		Files.deleteIfExists(of(target));
	}

	/** Finishes what a killed run left: its commit, then its staging and backup folders. */
	static void recover(Path target) throws IOException {
		Path journal = of(target);
		if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
			List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
			if (!lines.isEmpty() && lines.get(0).startsWith(SWITCH)) {
				finishSwitch(target, lines.get(0).substring(SWITCH.length()).split(" "));
			}
			String stagingName = lines.isEmpty() || !lines.get(0).startsWith(STAGING) ? "" : lines.get(0).substring(STAGING.length());
			if (stagingName.startsWith(newPrefix(target)) && !stagingName.contains("/")) {
				rollForward(target, target.resolveSibling(stagingName));
				for (String line : lines.subList(1, lines.size())) {
					if (line.startsWith(STALE)) {
						Path stale = SiteWriter.inside(target, line.substring(STALE.length()));
						if (Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
							Files.delete(stale);
						}
					}
				}
			}
			end(target);
		}
		for (Path leftover : leftovers(target)) {
			SiteWriter.deleteTree(leftover);
		}
	}

	/**
	 * A run killed during a {@link FolderSwitch}: with DIR in place, the switch had not begun and
	 * its staged tree is dropped (a leftover); with DIR gone, the kill came between the two
	 * renames and the staged tree, complete since the note was written, becomes DIR.
	 */
	private static void finishSwitch(Path target, String[] names) throws IOException {
		if (names.length != 2 || !isSibling(names[0], newPrefix(target)) || !isSibling(names[1], oldPrefix(target))
				|| Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Path staging = target.resolveSibling(names[0]);
		Path aside = target.resolveSibling(names[1]);
		if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
			FolderSwitch.rename(staging, target);
		} else if (Files.isDirectory(aside, LinkOption.NOFOLLOW_LINKS)) {
			FolderSwitch.rename(aside, target);
		}
	}

	private static boolean isSibling(String name, String prefix) {
		return name.startsWith(prefix) && !name.contains("/") && !name.contains("\\");
	}

	/** Moves every document still in the staging folder into place; the ones moved before the kill are there already. */
	private static void rollForward(Path target, Path staging) throws IOException {
		if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		List<Path> staged;
		try (Stream<Path> walk = Files.walk(staging)) {
			staged = walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
		} catch (UncheckedIOException unreadable) {
			throw unreadable.getCause();
		}
		Files.createDirectories(target);
		for (Path file : staged) {
			Path destination = SiteWriter.inside(target, staging.relativize(file).toString().replace('\\', '/'));
			Files.createDirectories(destination.getParent());
			SiteWriter.move(file, destination);
		}
	}

	private static List<Path> leftovers(Path target) throws IOException {
		List<Path> found = new ArrayList<>();
		try (Stream<Path> siblings = Files.list(target.getParent())) {
			siblings.filter(sibling -> {
				String name = sibling.getFileName().toString();
				return (name.startsWith(newPrefix(target)) || name.startsWith(oldPrefix(target)))
						&& Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS);
			}).forEach(found::add);
		}
		return found;
	}
}
