package org.cxspec.generator.site;

/**
 * Refuses a template nested deeper than any document needs, before Velocity's parser recurses
 * into it (thousands of nested {@code #if} or parentheses overflow the stack): the deepest
 * opening is named by line and column.
 */
final class TemplateNesting {

	static final int MAX_BLOCKS = 64;
	static final int MAX_BRACKETS = 128;

	private TemplateNesting() {
	}

	static void check(String shown, String text) {
		int blocks = 0;
		int brackets = 0;
		int line = 1;
		int column = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (text.startsWith("##", i) || text.startsWith("#*", i)) { // comments: skipped, their line breaks counted
				int end = text.charAt(i + 1) == '#' ? text.indexOf('\n', i) : text.indexOf("*#", i + 2);
				int stop = end < 0 ? text.length() : end;
				for (int j = i; j < stop; j++) {
					if (text.charAt(j) == '\n') {
						line++;
						column = 1;
					}
				}
				i = stop - 1;
				continue;
			}
			if (c == '#') {
				String word = directive(text, i + 1);
				if (word.equals("if") || word.equals("foreach") || word.equals("macro") || word.equals("define")
						|| word.startsWith("@")) {
					if (++blocks > MAX_BLOCKS) {
						throw tooDeep(shown, line, column, "blocks (#if, #foreach, #macro...) nested more than " + MAX_BLOCKS + " deep");
					}
				} else if (word.equals("end")) {
					blocks = Math.max(0, blocks - 1);
				}
			} else if (c == '(' || c == '[') {
				if (++brackets > MAX_BRACKETS) {
					throw tooDeep(shown, line, column, "brackets nested more than " + MAX_BRACKETS + " deep");
				}
			} else if (c == ')' || c == ']') {
				brackets = Math.max(0, brackets - 1);
			}
			if (c == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
	}

	/** The directive name after '#', with or without braces: "if" for {@code #if(} and {@code #{if}}. */
	private static String directive(String text, int from) {
		int start = from < text.length() && text.charAt(from) == '{' ? from + 1 : from;
		int end = start;
		while (end < text.length() && (Character.isLetter(text.charAt(end)) || end == start && text.charAt(end) == '@')) {
			end++;
		}
		return text.substring(start, end);
	}

	private static TemplateProblem tooDeep(String shown, int line, int column, String what) {
		return new TemplateProblem(shown + ":" + line + ":" + column + ": " + what + "; flatten the template", null);
	}
}
