package org.cxspec.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cxspec.generator.AtomicFile;
import org.cxspec.load.BadInputException;
import org.cxspec.load.SpecFiles;
import org.cxspec.load.SpecText;

/**
 * The spec folder as the studio may touch it: only {@code .cxspec} files and {@code cxspec.yaml}
 * inside it, named by relative '/' paths. Absolute paths, "..", hidden segments and symbolic links
 * that lead outside are refused before any file is opened. Every write is atomic, and a save
 * states which version it replaces, so a change made on disk meanwhile is never overwritten.
 */
final class SpecFolder {

	static final String CONFIG = "cxspec.yaml";
	private static final Pattern SEGMENT = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_ .\\-]*");

	private final Path root;

	SpecFolder(Path root) throws IOException {
		this.root = root.toRealPath();
	}

	Path root() {
		return root;
	}

	/** A file the studio may read or write, or a refusal saying why. */
	Path resolve(String relative) throws Refused {
		if (relative == null || relative.isEmpty() || relative.length() > 500) {
			throw new Refused("no file named");
		}
		if (relative.startsWith("/") || relative.contains("\\") || relative.contains(":")) {
			throw new Refused(relative + ": only paths inside the spec folder, relative to it, are allowed");
		}
		for (String segment : relative.split("/", -1)) {
			if (!SEGMENT.matcher(segment).matches()) {
				throw new Refused(relative + ": only paths inside the spec folder are allowed (no '..', no hidden files)");
			}
		}
		if (!relative.endsWith(SpecFiles.EXTENSION) && !relative.equals(CONFIG)) {
			throw new Refused(relative + ": the studio edits only " + SpecFiles.EXTENSION + " files and " + CONFIG);
		}
		Path file = root.resolve(relative).normalize();
		if (!file.startsWith(root)) {
			throw new Refused(relative + ": only paths inside the spec folder are allowed");
		}
		confineLinks(file, relative);
		return file;
	}

	/** Every existing part of the path, links followed, must still be inside the folder. */
	private void confineLinks(Path file, String relative) throws Refused {
		Path existing = file;
		while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
			existing = existing.getParent();
		}
		try {
			if (existing != null && !existing.toRealPath().startsWith(root)) {
				throw new Refused(relative + ": leads outside the spec folder (a symbolic link); not opened");
			}
		} catch (IOException broken) {
			throw new Refused(relative + ": cannot be resolved (" + broken.getClass().getSimpleName() + ")");
		}
	}

	String relative(Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	/** The editable files with the version of their text, in path order; links out are left out. */
	Map<String, String> versions() throws IOException {
		Map<String, String> versions = new LinkedHashMap<>();
		for (Path file : files()) {
			try {
				versions.put(relative(file), version(Files.readAllBytes(file)));
			} catch (NoSuchFileException goneMeanwhile) {
				// deleted between listing and reading: simply not listed
			}
		}
		return versions;
	}

	/** Texts of all spec files (not the configuration), for the preview. */
	Map<Path, String> specTexts() throws IOException, BadInputException {
		return specTexts(Map.of());
	}

	/**
	 * Texts of all spec files, those the page holds unsaved ({@code unsaved}, by resolved path)
	 * taken from there and not read from disk, where a 10k-line file cost the preview a tenth of
	 * its memory per keystroke; unsaved specs not on disk yet come last, in the page's order.
	 */
	Map<Path, String> specTexts(Map<Path, String> unsaved) throws IOException, BadInputException {
		Map<Path, String> texts = new LinkedHashMap<>();
		for (Path file : files()) {
			if (file.toString().endsWith(SpecFiles.EXTENSION)) {
				String held = unsaved.get(file);
				texts.put(file, held != null ? held : SpecText.read(file));
			}
		}
		texts.putAll(unsaved);
		return texts;
	}

	private List<Path> files() throws IOException {
		List<Path> found = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).sorted().forEach(file -> {
				try {
					resolve(relative(file));
					found.add(file);
				} catch (Refused notEditable) {
					// hidden, outside or another kind of file: not shown
				}
			});
		} catch (UncheckedIOException unreadable) {
			throw unreadable.getCause();
		}
		return found;
	}

	/**
	 * The text of a file and its version. A file that is not a spec text (binary, not UTF-8, too
	 * large) is refused with the reason and its place, as the command line refuses it: opening it
	 * in the editor and saving would damage it.
	 */
	Versioned read(String relative) throws Refused, IOException {
		Path file = resolve(relative);
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(relative);
		}
		byte[] bytes = Files.readAllBytes(file);
		try {
			return new Versioned(SpecText.read(file), version(bytes));
		} catch (BadInputException notText) {
			throw new Refused(notText.getMessage());
		}
	}

	/**
	 * Saves {@code text} if the file is still at {@code base} (empty: the file must not exist yet);
	 * otherwise returns what is on disk now and writes nothing.
	 */
	synchronized SaveResult save(String relative, String base, String text) throws Refused, IOException {
		Path file = resolve(relative);
		if (text.length() > SpecText.MAX_BYTES) {
			throw new Refused(relative + ": too large for a spec");
		}
		String current = Files.isRegularFile(file) ? version(Files.readAllBytes(file)) : "";
		if (!current.equals(base)) {
			return new SaveResult(false, current.isEmpty() ? null : read(relative));
		}
		AtomicFile.write(file, text);
		return new SaveResult(true, read(relative));
	}

	synchronized void rename(String from, String to) throws Refused, IOException {
		Path source = resolve(from);
		Path target = resolve(to);
		if (!Files.isRegularFile(source)) {
			throw new NoSuchFileException(from);
		}
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(to);
		}
		Files.createDirectories(target.getParent());
		Files.move(source, target);
	}

	synchronized void delete(String relative, String base) throws Refused, IOException {
		Path file = resolve(relative);
		if (!Files.isRegularFile(file)) {
			throw new NoSuchFileException(relative);
		}
		if (!version(Files.readAllBytes(file)).equals(base)) {
			throw new Refused(relative + ": changed on disk since you opened it; not deleted");
		}
		Files.delete(file);
	}

	static String version(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
		} catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}

	static String version(String text) {
		return version(text.getBytes(StandardCharsets.UTF_8));
	}

	record Versioned(String text, String version) {
	}

	/** {@code saved}, or the version on disk now ({@code null} when the file is gone). */
	record SaveResult(boolean saved, Versioned now) {
	}

	/** A request for a path or file the studio must not touch; the message says why. */
	static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}
}
