package org.cxspec.generator.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import java.nio.file.LinkOption;
import java.util.stream.Stream;

/**
 * Puts rendered documents into an output folder all at once or not at all. A folder that holds
 * only cxspec's own documents (or none yet) is replaced whole by a {@link FolderSwitch}: the
 * folder is the old tree or the new tree at every instant, even under kill -9. A folder that
 * also holds files cxspec did not write cannot be replaced whole; then the changed documents
 * are written to a staging folder beside it and each new folder, or else each file, is moved
 * into place, what it replaces kept aside until the end; if any step fails, what was moved is
 * moved back, and a killed run is completed by the next from its {@link CommitJournal} note.
 * Files cxspec did not write are never touched; files it wrote last time (listed in
 * {@value #MANIFEST}) and no longer produces are removed.
 */
public final class SiteWriter {

	/** The list of files cxspec wrote into the folder, one relative path a line. */
	public static final String MANIFEST = ".cxspec-files";

	/** A step of the commit, for tests that make a run fail midway. */
	@FunctionalInterface
	public interface Step {
		void before(String path) throws IOException;
	}

	private final Step step;

	public SiteWriter() {
		this(path -> {
		});
	}

	public SiteWriter(Step step) {
		this.step = step;
	}

	/**
	 * Writes {@code files} (relative '/' paths to UTF-8 text) into {@code folder}; returns how many.
	 * First finishes what a killed earlier run left (see {@link CommitJournal}).
	 *
	 * @throws NotOurFile when a document would replace a file cxspec did not write; nothing is written
	 */
	public int write(Path folder, Map<String, String> files) throws IOException {
		Path target = folder.toAbsolutePath().normalize();
		Path parent = target.getParent();
		if (parent == null) {
			throw new IOException(folder + " is the root of the file system: name a folder for the documents");
		}
		if (Files.exists(target) && !Files.isDirectory(target)) {
			throw new IOException(folder + " is a file, not a folder");
		}
		Files.createDirectories(parent);
		try (OutputLock locked = OutputLock.take(target)) {
			return writeLocked(folder, target, files);
		}
	}

	private int writeLocked(Path folder, Path target, Map<String, String> files) throws IOException {
		Path parent = target.getParent();
		CommitJournal.recover(target);
		Set<String> owned = new TreeSet<>(previous(target));
		if (FolderSwitch.holdsOnlyOurs(target, owned) && new FolderSwitch(step).write(target, files)) {
			return files.size();
		}
		Map<String, String> changed = changed(target, files);
		refuseForeign(folder, target, changed.keySet(), owned);
		Path staging = Files.createTempDirectory(parent, CommitJournal.newPrefix(target));
		Path aside = Files.createTempDirectory(parent, CommitJournal.oldPrefix(target));
		Deque<Runnable> undo = new ArrayDeque<>();
		boolean createdFolder = !Files.exists(target);
		boolean begun = false;
		try {
			stage(staging, changed);
			Files.writeString(staging.resolve(MANIFEST), manifest(files.keySet()), StandardCharsets.UTF_8);
			List<String> stale = owned.stream()
					.filter(path -> !files.containsKey(path) && Files.isRegularFile(target.resolve(path).normalize()))
					.toList();
			CommitJournal.begin(target, staging, stale);
			begun = true;
			if (createdFolder) {
				Files.createDirectories(target);
				undo.push(() -> deleteQuietly(target));
			}
			List<String> paths = new ArrayList<>();
			for (Map.Entry<String, List<String>> group : byFolder(changed.keySet()).entrySet()) {
				if (group.getKey().isEmpty() || !swapFolder(target, staging, group.getKey(), undo)) {
					paths.addAll(group.getValue());
				}
			}
			for (String path : stale) {
				step.before(path);
				moveAside(target, aside, path, undo);
			}
			paths.add(MANIFEST);
			for (String path : paths) {
				step.before(path);
				moveAside(target, aside, path, undo);
				Path destination = inside(target, path);
				List<Path> made = createParents(target, destination.getParent());
				undo.push(() -> made.forEach(SiteWriter::deleteQuietly));
				Path staged = inside(staging, path);
				move(staged, destination);
				undo.push(() -> moveBack(destination, staged));
			}
			undo.clear();
			return files.size();
		} finally {
			while (!undo.isEmpty()) {
				undo.pop().run();
			}
			if (begun) {
				CommitJournal.end(target);
			}
			deleteTree(staging);
			deleteTree(aside);
		}
	}

	/** The manifest's text: every document's path, one a line, sorted. */
	static String manifest(Set<String> paths) {
		return String.join("\n", new TreeSet<>(paths)) + "\n";
	}

	/**
	 * cxspec replaces only what it wrote itself (listed in its manifest): a hand-written
	 * {@code report.md} in the folder, or a folder or link where a document goes, stops the run.
	 */
	private static void refuseForeign(Path folder, Path target, Set<String> changed, Set<String> owned) throws IOException {
		for (String path : changed) {
			Path destination = inside(target, path);
			if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)
					&& (!owned.contains(path) || !Files.isRegularFile(destination, LinkOption.NOFOLLOW_LINKS))) {
				throw new NotOurFile(folder.resolve(path) + ": cxspec did not write this, so it does not replace it;"
						+ " move or rename it, or choose another --out (nothing was written)");
			}
			for (Path parent = destination.getParent(); !parent.equals(target); parent = parent.getParent()) {
				if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
					throw new NotOurFile(folder.resolve(target.relativize(parent).toString()) + ": a file or link where cxspec"
							+ " puts a folder of documents; move or rename it, or choose another --out (nothing was written)");
				}
			}
		}
	}

	private static void moveBack(Path destination, Path staged) {
		try {
			move(destination, staged);
		} catch (IOException cannotUndo) {
			throw new UncheckedIOException(cannotUndo);
		}
	}

	/**
	 * The files whose content differs from what the folder holds: an unchanged document is left
	 * alone (same bytes, same date), which makes regenerating after a small edit quick.
	 */
	static Map<String, String> changed(Path target, Map<String, String> files) throws IOException {
		Map<String, String> changed = new TreeMap<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path existing = inside(target, file.getKey());
			byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
			if (!Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS) || Files.size(existing) != bytes.length
					|| !Arrays.equals(Files.readAllBytes(existing), bytes)) {
				changed.put(file.getKey(), file.getValue());
			}
		}
		return changed;
	}

	/** Writes the files into the staging folder; in parallel, as creating files costs the kernel more than writing them. */
	static void stage(Path staging, Map<String, String> files) throws IOException {
		Set<Path> folders = new TreeSet<>();
		for (String path : files.keySet()) {
			Path folder = inside(staging, path).getParent();
			if (folders.add(folder)) {
				Files.createDirectories(folder);
			}
		}
		try {
			files.entrySet().parallelStream().forEach(file -> {
				try {
					Files.writeString(inside(staging, file.getKey()), file.getValue(), StandardCharsets.UTF_8);
				} catch (IOException cannotWrite) {
					throw new UncheckedIOException(cannotWrite);
				}
			});
		} catch (UncheckedIOException cannotWrite) {
			throw cannotWrite.getCause();
		}
	}

	/** Paths by their top folder ("" for files at the top), folders in name order. */
	private static Map<String, List<String>> byFolder(Set<String> paths) {
		Map<String, List<String>> folders = new TreeMap<>();
		for (String path : new TreeSet<>(paths)) {
			int slash = path.indexOf('/');
			folders.computeIfAbsent(slash < 0 ? "" : path.substring(0, slash), key -> new ArrayList<>()).add(path);
		}
		return folders;
	}

	/**
	 * Puts a whole staged folder in place with one rename when the output has no such folder yet
	 * (thousands of checklists then cost one move). Returns false for an existing folder: it may
	 * hold someone else's files, so it is updated file by file.
	 */
	private boolean swapFolder(Path target, Path staging, String folder, Deque<Runnable> undo) throws IOException {
		Path existing = inside(target, folder);
		if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		step.before(folder + "/");
		Path staged = inside(staging, folder);
		move(staged, existing);
		undo.push(() -> moveBack(existing, staged));
		return true;
	}

	/** Moves an existing file out of the way, and registers moving it back. */
	private static void moveAside(Path target, Path aside, String path, Deque<Runnable> undo) throws IOException {
		Path existing = inside(target, path);
		if (Files.isRegularFile(existing)) {
			Path kept = inside(aside, path);
			Files.createDirectories(kept.getParent());
			move(existing, kept);
			undo.push(() -> {
				try {
					move(kept, existing);
				} catch (IOException cannotRestore) {
					throw new UncheckedIOException(cannotRestore);
				}
			});
		}
	}

	/** The folders to create for a file, outermost first; returned innermost first for undoing. */
	private static List<Path> createParents(Path root, Path folder) throws IOException {
		List<Path> made = new ArrayList<>();
		for (Path current = folder; current != null && !current.equals(root) && !Files.exists(current); current = current
				.getParent()) {
			made.add(current);
		}
		for (int i = made.size() - 1; i >= 0; i--) {
			Files.createDirectory(made.get(i));
		}
		return made;
	}

	private static List<String> previous(Path target) throws IOException {
		Path manifest = target.resolve(MANIFEST);
		if (!Files.isRegularFile(manifest)) {
			return List.of();
		}
		return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().map(String::strip)
				.filter(line -> !line.isEmpty() && !line.equals(MANIFEST) && isSafe(line)).toList();
	}

	/** A manifest line names a file inside the folder, never one outside it. */
	private static boolean isSafe(String path) {
		return !path.startsWith("/") && !path.contains("..") && !path.contains("\\") && !path.contains(":");
	}

	static Path inside(Path root, String path) throws IOException {
		Path resolved = root.resolve(path).normalize();
		if (!resolved.startsWith(root) || resolved.equals(root)) {
			throw new IOException(path + ": not a path inside " + root);
		}
		return resolved;
	}

	static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException notHere) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		} catch (IOException notEmptyOrGone) {
			// a folder that now holds someone else's file stays
		}
	}

	static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			walk.sorted(Comparator.reverseOrder()).forEach(SiteWriter::deleteQuietly);
		} catch (IOException | UncheckedIOException ignored) {
			// a temporary folder left behind is harmless; it starts with a dot
		}
	}
}
