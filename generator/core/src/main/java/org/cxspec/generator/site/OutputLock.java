package org.cxspec.generator.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * One cxspec run at a time per output folder: another run's recovery would otherwise take this
 * run's staging folder for a killed run's leftover. The lock is an OS file lock on
 * {@code .DIR.cxspec-lock} beside the folder, so a killed run never holds it; the file is
 * removed when the run ends (a killed run's file is taken over and removed by the next run).
 * Because the file can be removed and made again between opening and locking it, a run writes
 * a token of its own into the file it locked and reads it back by name: only the file that is
 * there now counts.
 */
final class OutputLock implements AutoCloseable {

	private final Path file;
	private final FileChannel channel;
	private final FileLock lock;

	private OutputLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	static Path of(Path target) {
		return target.resolveSibling("." + target.getFileName() + ".cxspec-lock");
	}

	/** @throws IOException when another run holds the folder (or the lock cannot be made) */
	static OutputLock take(Path target) throws IOException {
		Path file = of(target);
		while (true) {
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException heldInThisJvm) {
				lock = null;
			}
			if (lock == null) {
				channel.close();
				throw new IOException("another cxspec run is writing " + target.getFileName() + " right now; wait for it to end and run again");
			}
			String token = UUID.randomUUID().toString();
			channel.truncate(0).write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
			if (token.equals(readQuietly(file))) {
				return new OutputLock(file, channel, lock);
			}
			channel.close(); // the file was removed by the run that held it: lock the one there now
		}
	}

	private static String readQuietly(Path file) throws IOException {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException removed) {
			return "";
		}
	}

	@Override
	public void close() throws IOException {
		try {
			Files.deleteIfExists(file);
			lock.release();
		} finally {
			channel.close();
		}
	}
}
