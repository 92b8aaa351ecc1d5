package org.cxspec.suppression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Finds the suppression comments of a parsed spec. Syntax, one comment per line:
 *
 * <pre>
 * // cxspec-ignore value-not-delivered: delivered by the partner's own process
 * // cxspec-ignore moment-unmeasured, differentiating-without-tight: pilot, measured from 2026-Q3
 * touchpoint Pickup "Picking up the car" { ... }
 * </pre>
 *
 * A suppression applies to the element that starts on the first line after the run of
 * {@code //} comment lines it is part of (no blank line in between), and to everything inside
 * that element. Rule ids are separated by commas or spaces; the reason follows a colon. Only
 * real comments count, read from the parse tree: the same words inside a description, or after
 * a statement on its line, are text, not a suppression.
 */
public final class Suppressions {

	public static final String KEYWORD = "cxspec-ignore";

	private static final String LINE_COMMENT = "SL_COMMENT";
	private static final Pattern SUPPRESSION = Pattern.compile("//\\s*" + KEYWORD + "(?![\\w-])([^:]*)(?::(.*))?");

	/** A suppression comment found, waiting for the first token after it. */
	private record Pending(ILeafNode comment, int column, Matcher matcher, int commentLinesSoFar) {
	}

	private Suppressions() {
	}

	/** The suppressions of the file parsed into {@code root}, in the order they are written. */
	public static List<Suppression> parse(ICompositeNode root) {
		String text = root.getText();
		if (!text.contains(KEYWORD)) {
			return List.of(); // Most files have none: no need to walk their tokens.
		}
		List<Suppression> found = new ArrayList<>();
		List<Pending> pending = new ArrayList<>();
		int commentLines = 0; // lines holding nothing but a // comment, so far
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (isLineComment(leaf)) {
				int column = columnIfFirstOnLine(text, leaf.getOffset());
				if (column > 0) {
					commentLines++;
					Matcher matcher = SUPPRESSION.matcher(leaf.getText().strip());
					if (matcher.matches()) {
						pending.add(new Pending(leaf, column, matcher, commentLines));
					}
				}
			} else if (!leaf.isHidden() && !pending.isEmpty()) {
				for (Pending suppression : pending) {
					found.add(suppression(suppression, target(suppression, leaf.getStartLine(), commentLines)));
				}
				pending.clear();
			}
		}
		for (Pending suppression : pending) {
			found.add(suppression(suppression, 0));
		}
		return found;
	}

	/**
	 * The line of the next token when only comment lines lie between it and the suppression
	 * (the lines in between are exactly the comment lines counted since), else 0.
	 */
	private static int target(Pending suppression, int tokenLine, int commentLines) {
		int between = tokenLine - suppression.comment().getStartLine() - 1;
		return between >= 0 && between == commentLines - suppression.commentLinesSoFar() ? tokenLine : 0;
	}

	private static Suppression suppression(Pending pending, int targetLine) {
		Matcher matcher = pending.matcher();
		List<String> ids = Arrays.stream(matcher.group(1).strip().split("[\\s,]+")).filter(id -> !id.isEmpty()).toList();
		String reason = matcher.group(2) == null ? "" : matcher.group(2).strip();
		ILeafNode comment = pending.comment();
		return new Suppression(comment.getStartLine(), pending.column(), comment.getOffset(), comment.getText().strip().length(),
				ids, reason, targetLine);
	}

	/** The lines where {@code element} and every element around it start: a suppression aimed at one of them covers it. */
	public static Set<Integer> linesAround(EObject element) {
		Set<Integer> lines = new HashSet<>();
		for (EObject current = element; current != null && current.eContainer() != null; current = current.eContainer()) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(current);
			if (node != null) {
				lines.add(node.getStartLine());
			}
		}
		return lines;
	}

	/** Those of {@code suppressions} that name {@code ruleId} and are aimed at one of {@code lines}. */
	public static List<Suppression> silencing(List<Suppression> suppressions, Set<Integer> lines, String ruleId) {
		return suppressions.stream().filter(suppression -> suppression.targetLine() > 0
				&& lines.contains(suppression.targetLine()) && suppression.ruleIds().contains(ruleId)).toList();
	}

	private static boolean isLineComment(ILeafNode leaf) {
		return leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && LINE_COMMENT.equals(rule.getName());
	}

	/** The 1-based column of {@code offset} if only spaces and tabs precede it on its line, else 0. */
	private static int columnIfFirstOnLine(String text, int offset) {
		int start = offset;
		while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
			char before = text.charAt(start - 1);
			if (before != ' ' && before != '\t' && before != '\uFEFF') {
				return 0;
			}
			start--;
		}
		return offset - start + 1;
	}
}
