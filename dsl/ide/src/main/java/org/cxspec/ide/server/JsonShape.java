package org.cxspec.ide.server;

/** Whether bytes hold exactly one JSON object or array: brackets balanced outside strings, nothing after it. */
final class JsonShape {

	private JsonShape() {
	}

	static boolean isOneValue(byte[] bytes) {
		int at = skipSpace(bytes, 0);
		if (at >= bytes.length || (bytes[at] != '{' && bytes[at] != '[')) {
			return false;
		}
		int depth = 0;
		boolean inString = false;
		for (; at < bytes.length; at++) {
			byte b = bytes[at];
			if (inString) {
				if (b == '\\') {
					at++;
				} else if (b == '"') {
					inString = false;
				}
			} else if (b == '"') {
				inString = true;
			} else if (b == '{' || b == '[') {
				depth++;
			} else if (b == '}' || b == ']') {
				depth--;
				if (depth == 0) {
					return skipSpace(bytes, at + 1) == bytes.length;
				}
				if (depth < 0) {
					return false;
				}
			}
		}
		return false;
	}

	private static int skipSpace(byte[] bytes, int from) {
		int at = from;
		while (at < bytes.length && (bytes[at] == ' ' || bytes[at] == '\t' || bytes[at] == '\r' || bytes[at] == '\n')) {
			at++;
		}
		return at;
	}
}
