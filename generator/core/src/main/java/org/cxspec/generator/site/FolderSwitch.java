package org.cxspec.generator.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Replaces an output folder that holds only cxspec's own documents as a whole: the complete new
 * tree is staged in a sibling folder (documents that did not change are hard links to the old
 * ones, so they keep their bytes and dates), then two directory renames switch it in: DIR to
 * {@code .DIR.old-*}, the staged tree to DIR. At every instant DIR is the complete old tree or
 * the complete new one; between the two renames (two system calls apart) DIR does not exist.
 * Java 17 cannot reach renameat2(RENAME_EXCHANGE), the one call that would close that gap, and a
 * symbolic link swapped in its place would stop DIR being a plain folder. A run killed between
 * the renames leaves its {@link CommitJournal} note, and the next run puts the staged tree in.
 */
final class FolderSwitch {

	/** Where the switch stands; a test can stop (or kill) the run at each of them. */
	static final String LINKED = "switch: unchanged documents linked", STAGED = "switch: new tree staged",
			NOTED = "switch: about to move the old tree aside", ASIDE = "switch: old tree aside, new not yet in place",
			IN_PLACE = "switch: new tree in place", CLEANING = "switch: removing the old tree";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SiteWriter.Step step;

	FolderSwitch(SiteWriter.Step step) {
		this.step = step;
	}

	/**
	 * Whether DIR may be replaced whole: it is missing, or every file in it is one cxspec listed in
	 * its manifest (or the manifest itself) and every folder leads to such files. Anything else
	 * (a file of yours, a link, an empty folder of yours, DIR itself a link) means it may not.
	 */
	static boolean holdsOnlyOurs(Path target, Set<String> owned) throws IOException {
		if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			return true;
		}
		if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		Set<String> ourFolders = new TreeSet<>();
		for (String path : owned) {
			for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
				ourFolders.add(path.substring(0, slash));
			}
		}
		boolean[] onlyOurs = { true };
		Files.walkFileTree(target, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
				if (folder.equals(target) || ourFolders.contains(relative(folder))) {
					return FileVisitResult.CONTINUE;
				}
				onlyOurs[0] = false;
				return FileVisitResult.TERMINATE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				String path = relative(file);
				if (attributes.isRegularFile() && (owned.contains(path) || path.equals(SiteWriter.MANIFEST))) {
					return FileVisitResult.CONTINUE;
				}
				onlyOurs[0] = false;
				return FileVisitResult.TERMINATE;
			}

			private String relative(Path path) {
				return target.relativize(path).toString().replace('\\', '/');
			}
		});
		return onlyOurs[0];
	}

	/**
	 * Stages {@code files} whole and switches them in. Returns false, with nothing changed, when
	 * DIR cannot be renamed (a mount point, say): the caller then updates it file by file.
	 */
	boolean write(Path target, Map<String, String> files) throws IOException {
		Path staging = createStaging(target);
		boolean noted = false;
		boolean keepForNextRun = false;
		try {
			stage(target, staging, files);
			step.before(STAGED);
			Path aside = unusedSibling(CommitJournal.oldPrefix(target), target);
			CommitJournal.beginSwitch(target, staging, aside);
			noted = true;
			step.before(NOTED);
			boolean hadFolder = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
			if (hadFolder) {
				try {
					rename(target, aside);
				} catch (FileSystemException cannotRename) {
					return false;
				}
			}
			try {
				step.before(ASIDE);
				rename(staging, target);
			} catch (Throwable failed) {
				// DIR is missing: put the old tree back; if even that fails, the note and the staged
				// tree stay, and the next run puts the new tree in place
				keepForNextRun = true;
				if (hadFolder) {
					rename(aside, target);
				}
				keepForNextRun = false;
				throw failed;
			}
			step.before(IN_PLACE);
			CommitJournal.end(target);
			noted = false;
			step.before(CLEANING);
			SiteWriter.deleteTree(aside);
			return true;
		} finally {
			if (!keepForNextRun) {
				if (noted) {
					CommitJournal.end(target);
				}
				SiteWriter.deleteTree(staging);
			}
		}
	}

	/** The whole new tree: unchanged documents linked (or copied) from DIR, the others written, then the manifest. */
	private void stage(Path target, Path staging, Map<String, String> files) throws IOException {
		Map<String, String> changed = SiteWriter.changed(target, files);
		Set<Path> folders = new TreeSet<>();
		for (String path : new TreeMap<>(files).keySet()) {
			if (!changed.containsKey(path)) {
				Path kept = SiteWriter.inside(staging, path);
				if (folders.add(kept.getParent())) {
					Files.createDirectories(kept.getParent());
				}
				keep(SiteWriter.inside(target, path), kept);
			}
		}
		step.before(LINKED);
		SiteWriter.stage(staging, changed);
		Files.writeString(staging.resolve(SiteWriter.MANIFEST), SiteWriter.manifest(files.keySet()), StandardCharsets.UTF_8);
	}

	/** A hard link keeps the document's bytes and date at no cost; where links are not possible, a copy does. */
	private static void keep(Path existing, Path kept) throws IOException {
		try {
			Files.createLink(kept, existing);
		} catch (UnsupportedOperationException | FileSystemException noLinksHere) {
			Files.deleteIfExists(kept);
			Files.copy(existing, kept, StandardCopyOption.COPY_ATTRIBUTES);
		}
	}

	/** A new sibling folder, with DIR's permissions when DIR exists (else the usual ones for a new folder). */
	private static Path createStaging(Path target) throws IOException {
		while (true) {
			Path staging = unusedSibling(CommitJournal.newPrefix(target), target);
			try {
				Files.createDirectory(staging);
			} catch (FileAlreadyExistsException taken) {
				continue;
			}
			if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
				try {
					Files.setPosixFilePermissions(staging, Files.getPosixFilePermissions(target));
				} catch (UnsupportedOperationException notPosix) {
					// Windows: the folder gets the parent's default permissions
				}
			}
			return staging;
		}
	}

	private static Path unusedSibling(String prefix, Path target) {
		while (true) {
			Path sibling = target.resolveSibling(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
			if (!Files.exists(sibling, LinkOption.NOFOLLOW_LINKS)) {
				return sibling;
			}
		}
	}

	/** One rename(2) of a whole folder; never a copy, which would not be one step. */
	static void rename(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException notOneStep) {
			throw new FileSystemException(from.toString(), to.toString(), "cannot be renamed in one step");
		}
	}
}
