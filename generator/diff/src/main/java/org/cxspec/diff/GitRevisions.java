package org.cxspec.diff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cxspec.load.BadInputException;
import org.cxspec.load.SpecFiles;
import org.cxspec.load.SpecText;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Reads the spec files of {@code REV:PATH} straight from the git repository around a folder,
 * with JGit: no git binary, and the working tree and index are never touched. PATH is relative
 * to the repository's top (as in git), or to the working directory when it starts with
 * {@code ./} or {@code ../}. Blobs are read with the same limits as files on disk.
 */
final class GitRevisions {

	/** The texts of one revision's spec files, under the paths they would have in the working tree. */
	record RevisionFiles(Map<Path, String> texts, Map<Path, String> shown) {
	}

	private GitRevisions() {
	}

	/** Is this argument meant as a revision? Only when no file or folder of that name exists. */
	static boolean isRevision(String argument, Path workingDirectory) {
		int colon = argument.indexOf(':');
		if (colon <= 0) {
			return false;
		}
		try {
			return !java.nio.file.Files.exists(workingDirectory.resolve(argument));
		} catch (java.nio.file.InvalidPathException notAPath) {
			return true;
		}
	}

	static RevisionFiles read(String argument, Path workingDirectory) throws BadInputException {
		int colon = argument.indexOf(':');
		String revision = argument.substring(0, colon);
		String path = argument.substring(colon + 1);
		FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(workingDirectory.toFile());
		if (builder.getGitDir() == null) {
			throw new BadInputException(argument + ": no git repository around " + workingDirectory
					+ " to read revision " + revision + " from (name a file or folder instead)");
		}
		try (Repository repository = builder.setMustExist(true).build(); RevWalk walk = new RevWalk(repository)) {
			Path top = repository.isBare() ? repository.getDirectory().toPath() : repository.getWorkTree().toPath();
			String inRepository = pathInRepository(argument, path, top.toAbsolutePath().normalize(), workingDirectory);
			ObjectId id = resolve(repository, revision, argument);
			RevTree tree = walk.parseTree(id);
			return collect(repository, tree, inRepository, argument, revision, top.toAbsolutePath().normalize());
		} catch (IOException broken) {
			throw new BadInputException(argument + ": cannot read the git repository (" + broken.getMessage() + ")");
		}
	}

	private static ObjectId resolve(Repository repository, String revision, String argument) throws BadInputException, IOException {
		ObjectId id;
		try {
			id = repository.resolve(revision + "^{tree}");
		} catch (IllegalArgumentException malformed) {
			throw new BadInputException(argument + ": '" + revision + "' is not a revision git understands");
		} catch (org.eclipse.jgit.errors.AmbiguousObjectException ambiguous) {
			throw new BadInputException(argument + ": '" + revision + "' is ambiguous: give more characters of the commit");
		} catch (org.eclipse.jgit.errors.IncorrectObjectTypeException notACommit) {
			throw new BadInputException(argument + ": '" + revision + "' is not a commit, tag or tree");
		}
		if (id == null) {
			throw new BadInputException(argument + ": no revision '" + revision + "' in this repository (a branch, tag or commit)");
		}
		return id;
	}

	/** The path as git names it ("examples/insurer-claims"), refusing one outside the repository. */
	private static String pathInRepository(String argument, String path, Path top, Path workingDirectory) throws BadInputException {
		String cleaned = path.replace('\\', '/');
		Path absolute;
		if (cleaned.startsWith("./") || cleaned.startsWith("../") || cleaned.equals(".") || cleaned.equals("..")) {
			absolute = workingDirectory.toAbsolutePath().normalize().resolve(cleaned).normalize();
		} else {
			if (cleaned.startsWith("/")) {
				throw new BadInputException(argument + ": the path after ':' is read inside the repository; give it relative to"
						+ " the repository's top, without a leading /");
			}
			absolute = top.resolve(cleaned).normalize();
		}
		if (!absolute.startsWith(top)) {
			throw new BadInputException(argument + ": " + path + " is outside the repository at " + top);
		}
		return top.relativize(absolute).toString().replace('\\', '/');
	}

	private static RevisionFiles collect(Repository repository, RevTree tree, String path, String argument, String revision, Path top)
			throws IOException, BadInputException {
		Map<Path, String> texts = new LinkedHashMap<>();
		Map<Path, String> shown = new LinkedHashMap<>();
		boolean single = false;
		if (!path.isEmpty()) {
			try (TreeWalk probe = TreeWalk.forPath(repository, path, tree)) {
				if (probe == null) {
					throw new BadInputException(argument + ": no file or folder '" + path + "' in revision " + revision);
				}
				single = (probe.getFileMode(0).getBits() & FileMode.TYPE_MASK) != FileMode.TYPE_TREE;
				if (single && !path.endsWith(SpecFiles.EXTENSION)) {
					throw new BadInputException(argument + ": not a " + SpecFiles.EXTENSION + " file");
				}
			}
		}
		try (TreeWalk walk = new TreeWalk(repository)) {
			walk.addTree(tree);
			walk.setRecursive(true);
			if (!path.isEmpty()) {
				walk.setFilter(PathFilter.create(path));
			}
			while (walk.next()) {
				String file = walk.getPathString();
				if (!single && !file.endsWith(SpecFiles.EXTENSION)) {
					continue;
				}
				if ((walk.getFileMode(0).getBits() & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
					continue; // a symbolic link or submodule is not a spec text
				}
				String name = revision + ":" + file;
				Path where = top.resolve(file).normalize();
				texts.put(where, text(repository.open(walk.getObjectId(0), Constants.OBJ_BLOB), name));
				shown.put(where, name);
			}
		}
		if (texts.isEmpty()) {
			throw new BadInputException(argument + ": no " + SpecFiles.EXTENSION + " file in this folder of revision " + revision);
		}
		return new RevisionFiles(texts, shown);
	}

	/** The blob as spec text, refused as {@link SpecText} refuses a file: too large, binary, not UTF-8. */
	private static String text(ObjectLoader blob, String name) throws IOException, BadInputException {
		if (blob.getSize() > SpecText.MAX_BYTES) {
			throw new BadInputException(name + ": " + blob.getSize() / (1024 * 1024) + " MB is too large for a spec (at most "
					+ SpecText.MAX_BYTES / (1024 * 1024) + " MB)");
		}
		byte[] bytes = blob.getCachedBytes(Integer.MAX_VALUE);
		for (byte b : bytes) {
			if (b == 0) {
				throw new BadInputException(name + ": this is a binary file, not a spec text");
			}
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (CharacterCodingException notUtf8) {
			throw new BadInputException(name + ": the file is not UTF-8 text (save it as UTF-8 in your editor)");
		}
	}
}
