package org.cxspec.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

import org.cxspec.generator.findings.TerminalText;

/**
 * Standard error as the user's terminal receives it: every message may quote a file name or
 * spec text, so control and bidi characters are escaped on the way out (line breaks kept).
 */
final class TerminalWriter extends FilterWriter {

	TerminalWriter(Writer terminal) {
		super(terminal);
	}

	@Override
	public void write(int c) throws IOException {
		write(String.valueOf((char) c), 0, 1);
	}

	@Override
	public void write(char[] buffer, int offset, int length) throws IOException {
		write(new String(buffer, offset, length), 0, length);
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		String safe = TerminalText.escape(text.substring(offset, offset + length), true);
		out.write(safe, 0, safe.length());
	}
}
