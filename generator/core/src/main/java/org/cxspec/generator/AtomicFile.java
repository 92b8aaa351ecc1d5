package org.cxspec.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a whole text file or nothing: the text goes to a temporary file beside the target,
 * which is then renamed over it. A file it replaces keeps its permissions.
 */
public final class AtomicFile {

	private AtomicFile() {
	}

	public static void write(Path target, String text) throws IOException {
		Path absolute = target.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			keepPermissions(absolute, temporary);
			try {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void keepPermissions(Path original, Path replacement) throws IOException {
		if (!Files.exists(original)) {
			return;
		}
		try {
			Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
		} catch (UnsupportedOperationException notPosix) {
			// Windows: the new file gets the folder's default permissions, as an editor's save would.
		}
	}
}
