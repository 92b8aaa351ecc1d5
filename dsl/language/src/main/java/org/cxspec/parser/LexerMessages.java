package org.cxspec.parser;

/** The few messages the lexer itself produces, said plainly. */
final class LexerMessages {

	private LexerMessages() {
	}

	static String translate(String message) {
		if (message == null) {
			return "The text cannot be read here.";
		}
		if (message.contains("<EOF>") && message.contains("expecting '\"'")) {
			return "A text in double quotes is not closed: add the closing \" (write \\\" for a quote inside a text).";
		}
		if (message.contains("<EOF>") && (message.contains("'*/'") || message.contains("expecting '*'"))) {
			return "A comment opened with /* is not closed: add */.";
		}
		if (message.startsWith("mismatched character") || message.startsWith("no viable alternative at character")) {
			return "A character here cannot be read: " + message.substring(message.indexOf('\'')) + ".";
		}
		return message;
	}
}
