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
 * The note a {@link SiteWriter} leaves beside the output folder while it moves documents into
 * it: which staging folder holds the new documents and which old ones are to go. A run killed
 * in the middle of the moves (kill -9, power cut) leaves the note behind, and the next run into
 * the same folder first finishes that commit from it, so the folder holds the killed run's
 * documents whole; staging folders of a run killed before it committed are removed.
 */
final class CommitJournal {

	private static final String STAGING = "staging ";
	private static final String STALE = "stale ";

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

	/** The commit is complete (or completely undone): nothing is left to finish. */
	static void end(Path target) throws IOException {
		Files.deleteIfExists(of(target));
	}

	/** Finishes what a killed run left: its commit, then its staging and backup folders. */
	static void recover(Path target) throws IOException {
		Path journal = of(target);
		if (Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
			List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
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
