package org.cxspec.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a spec file as UTF-8 text, refusing what is not a spec: anything but a regular file (a
 * device, a named pipe, a terminal: reading one could block or never end), a binary file,
 * invalid UTF-8, a file too large to be a hand-written spec. The size is never trusted (a device
 * or a /proc file reports 0): at most {@link #MAX_BYTES} + 1 bytes are read. A byte-order mark is
 * dropped; CRLF is kept.
 */
public final class SpecText {

	/** Far above any hand-written spec (100,000 lines are about 4 MB); split larger specs into files. */
	public static final long MAX_BYTES = 16L * 1024 * 1024;

	private SpecText() {
	}

	public static String read(Path file) throws BadInputException {
		String shown = Locations.display(file);
		SpecFiles.requireRegularFile(file);
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes((int) MAX_BYTES + 1);
		} catch (IOException unreadable) {
			throw new BadInputException(shown + ": cannot read this file (" + unreadable.getClass().getSimpleName() + ")");
		}
		if (bytes.length > MAX_BYTES) {
			long size = sizeOf(file, bytes.length);
			throw new BadInputException(shown + ": " + (size > MAX_BYTES + 1 ? size / (1024 * 1024) + " MB" : "more than "
					+ MAX_BYTES / (1024 * 1024) + " MB") + " is too large for a spec (at most " + MAX_BYTES / (1024 * 1024)
					+ " MB): split it into several files in one folder");
		}
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				throw new BadInputException(shown + ":" + position(bytes, i) + ": this is a binary file, not a spec text");
			}
		}
		String text = decode(bytes, shown);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/**
	 * {@code text} to be written over {@code file}, with the byte-order mark the file started
	 * with (reading drops it; writing must not lose it).
	 */
	public static String restoreByteOrderMark(Path file, String text) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] start = in.readNBytes(3);
			boolean marked = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
			return marked && !text.startsWith("\uFEFF") ? "\uFEFF" + text : text;
		} catch (IOException unreadable) {
			return text;
		}
	}

	private static long sizeOf(Path file, long read) {
		try {
			return Math.max(read, Files.size(file));
		} catch (IOException unknown) {
			return read;
		}
	}

	private static String decode(byte[] bytes, String shown) throws BadInputException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes);
		try {
			return decoder.decode(input).toString();
		} catch (CharacterCodingException notUtf8) {
			return firstInvalid(bytes, shown);
		}
	}

	/** Finds where the invalid byte is, to say so; always throws. */
	private static String firstInvalid(byte[] bytes, String shown) throws BadInputException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer input = ByteBuffer.wrap(bytes);
		java.nio.CharBuffer output = java.nio.CharBuffer.allocate(bytes.length + 1);
		decoder.decode(input, output, true);
		throw new BadInputException(shown + ":" + position(bytes, input.position()) + ": the file is not UTF-8 text"
				+ " (save it as UTF-8 in your editor)");
	}

	/** "line:column" of a byte offset, counting characters of the valid text before it. */
	private static String position(byte[] bytes, int offset) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				column = 1;
			} else if ((bytes[i] & 0xC0) != 0x80) {
				column++;
			}
		}
		return line + ":" + column;
	}
}
