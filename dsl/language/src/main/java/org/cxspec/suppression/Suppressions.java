package org.cxspec.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the suppression comments of a spec text. Syntax, one comment per line:
 *
 * <pre>
 * // cxspec-ignore value-not-delivered: delivered by the partner's own process
 * // cxspec-ignore moment-unmeasured, differentiating-without-tight: pilot, measured from 2026-Q3
 * touchpoint Pickup "Picking up the car" { ... }
 * </pre>
 *
 * A suppression applies to the element that starts on the first line after the run of
 * {@code //} comment lines it is part of (no blank line in between), and to everything inside
 * that element. Rule ids are separated by commas or spaces; the reason follows a colon.
 */
public final class Suppressions {

	public static final String KEYWORD = "cxspec-ignore";

	private static final Pattern COMMENT_LINE = Pattern.compile("^\\s*//");
	private static final Pattern SUPPRESSION = Pattern.compile("^(\\s*)//\\s*" + KEYWORD + "(?![\\w-])([^:]*)(?::(.*))?$");

	private Suppressions() {
	}

	public static List<Suppression> parse(String text) {
		if (!text.contains(KEYWORD)) {
			return List.of(); // Most files have none: no need to split them into lines.
		}
		List<String> lines = new ArrayList<>();
		List<Integer> offsets = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || text.charAt(i) == '\n') {
				String line = text.substring(start, i);
				lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
				offsets.add(start);
				start = i + 1;
			}
		}
		List<Suppression> found = new ArrayList<>();
		for (int index = 0; index < lines.size(); index++) {
			Matcher matcher = SUPPRESSION.matcher(lines.get(index));
			if (!matcher.matches()) {
				continue;
			}
			List<String> ids = Arrays.stream(matcher.group(2).strip().split("[\\s,]+")).filter(id -> !id.isEmpty()).toList();
			String reason = matcher.group(3) == null ? "" : matcher.group(3).strip();
			int indent = matcher.group(1).length();
			found.add(new Suppression(index + 1, indent + 1, offsets.get(index) + indent, lines.get(index).strip().length(),
					ids, reason, target(lines, index)));
		}
		return found;
	}

	/** The 1-based line right after the run of comment lines holding line {@code index}; 0 if blank or none. */
	private static int target(List<String> lines, int index) {
		int next = index + 1;
		while (next < lines.size() && COMMENT_LINE.matcher(lines.get(next)).find()) {
			next++;
		}
		return next < lines.size() && !lines.get(next).isBlank() ? next + 1 : 0;
	}
}
