package org.cxspec.parser;

import org.antlr.runtime.Token;

/** Tokens as a reader would name them: "the name Foo", "the text "..."", "'{'". */
final class Tokens {

	private Tokens() {
	}

	static String describe(Token token, String[] tokenNames) {
		if (token == null || token.getType() == Token.EOF) {
			return "the end of the file";
		}
		String text = token.getText() == null ? "" : token.getText();
		switch (name(token.getType(), tokenNames)) {
		case "RULE_ID":
			return "the name " + text;
		case "RULE_STRING":
			return "the text " + shorten(text);
		case "RULE_INT":
			return "the number " + text;
		case "RULE_ANY_OTHER":
			return "the character " + quote(text);
		default:
			return quote(text);
		}
	}

	static String expected(int tokenType, String[] tokenNames) {
		String name = name(tokenType, tokenNames);
		switch (name) {
		case "RULE_ID":
			return "a name (letters, digits and _, starting with a letter)";
		case "RULE_STRING":
			return "a text in double quotes";
		case "RULE_INT":
			return "a whole number";
		case "EOF":
			return "the end of the file";
		default:
			return name.startsWith("'") ? name : "something else";
		}
	}

	/** A nudge for the mistakes people actually make; {@code expecting}: the token type wanted, or -1. */
	static String hint(Token found, String[] tokenNames, int expecting) {
		if (found == null || found.getType() == Token.EOF) {
			return "";
		}
		String text = found.getText();
		if ("RULE_ANY_OTHER".equals(name(found.getType(), tokenNames)) && "\"".equals(text)) {
			return " A text that opens with \" must close with \" (write \\\" for a quote inside it).";
		}
		if ("RULE_ANY_OTHER".equals(name(found.getType(), tokenNames)) && "'".equals(text)) {
			return " Texts use double quotes: \"...\".";
		}
		if ("RULE_STRING".equals(name(found.getType(), tokenNames))) {
			return " Every text belongs to a statement, e.g. promise \"...\" or tight \"...\" for Value.";
		}
		if ("RULE_ID".equals(name(expecting, tokenNames)) && text.matches("[a-z]+") && !name(found.getType(), tokenNames).startsWith("RULE_")) {
			return " '" + text + "' is a word of the language; as a name, pick another word (names usually start with a capital).";
		}
		if ("'{'".equals(name(expecting, tokenNames))) {
			return " Customer segments, journeys, stages, touchpoints, co-creation programmes and closed loops each have a"
					+ " block in braces, even an empty one: { }.";
		}
		if ("RULE_ID".equals(name(found.getType(), tokenNames)) && Character.isLowerCase(text.charAt(0))) {
			return " If " + text + " should be a keyword, check its spelling.";
		}
		return "";
	}

	private static String name(int tokenType, String[] tokenNames) {
		if (tokenType == Token.EOF) {
			return "EOF";
		}
		return tokenType >= 0 && tokenType < tokenNames.length ? tokenNames[tokenType] : "";
	}

	private static String quote(String text) {
		return "'" + text + "'";
	}

	private static String shorten(String text) {
		String oneLine = text.replaceAll("\\s+", " ");
		return oneLine.length() > 40 ? oneLine.substring(0, 37) + "...\"" : oneLine;
	}
}
