package org.cxspec.formatting2;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Declaration;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Goal;
import org.cxspec.cxspec.Loose;
import org.cxspec.cxspec.Model;
import org.cxspec.cxspec.Response;
import org.cxspec.cxspec.Rhythm;
import org.cxspec.cxspec.Stage;
import org.cxspec.cxspec.Tight;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.cxspec.Trigger;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.CommentReplacer;
import org.eclipse.xtext.formatting2.internal.HiddenRegionReplacer;
import org.eclipse.xtext.formatting2.internal.MultilineCommentReplacer;
import org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatting;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/**
 * Lays a spec out the way claims.cxspec is written: one statement per line, blocks indented
 * by four spaces, at most one blank line kept between statements, single spaces inside a
 * statement and no space before a comma. Where the writer wrapped a long statement, the break
 * is kept and the continuation indented one more level; the formatter never joins or splits
 * lines of its own accord, so formatting twice gives the same text. Only whitespace between
 * tokens changes: strings and comments are left as written.
 */
public class CxspecFormatter extends AbstractJavaFormatter {

	private static final String[] BRAND_STATEMENTS = { "promise", "differentiates", "backstage" };
	private static final String[] TOUCHPOINT_STATEMENTS = { "channel", "differentiating", "moment", "delivers",
			"addresses", "staffed", "measured", "backstage" };
	private static final String[] COCREATION_STATEMENTS = { "type", "owner", "involves", "method", "report" };
	private static final String[] CLOSED_LOOP_STATEMENTS = { "owner" };

	/** Four spaces, whatever the editor's tab settings: a spec reads the same in every tool. */
	@Override
	protected void initialize(FormatterRequest request) {
		String text = request.getTextRegionAccess().regionForDocument().getText();
		MapBasedPreferenceValues preferences = new MapBasedPreferenceValues(new HashMap<>());
		preferences.put(FormatterPreferenceKeys.indentation, "    ");
		preferences.put(FormatterPreferenceKeys.indentationLength, 4);
		preferences.put(FormatterPreferenceKeys.lineSeparator, text.contains("\r\n") ? "\r\n" : "\n");
		request.setPreferences(preferences);
		super.initialize(request);
	}

	/**
	 * One pass over the tokens. A space that is already the one space wanted (most of them) gets no
	 * replacer, and a statement on one line no continuation indent: each replacer costs a sorted
	 * insertion in Xtext's document, which made formatting a 16 MB spec take twice as long as
	 * validating it. Blocks are matched in the same pass, not by a scan from each brace.
	 */
	protected void format(Model model, IFormattableDocument doc) {
		Set<ISemanticRegion> starts = statementStarts(model);
		ISemanticRegion first = getTextRegionAccess().regionForRootEObject().getPreviousHiddenRegion().getNextSemanticRegion();
		if (first == null) {
			return;
		}
		Map<ISemanticRegion, ISemanticRegion> closes = matchingCloses(first);
		ISemanticRegion statementStart = first;
		ISemanticRegion previous = null;
		boolean wrapped = false;
		for (ISemanticRegion region = first; region != null; region = region.getNextSemanticRegion()) {
			String keyword = keyword(region);
			boolean open = "{".equals(keyword);
			boolean close = "}".equals(keyword);
			boolean start = starts.contains(region);
			if (previous != null && (open || close || start) && wrapped) {
				continuationIndent(doc, statementStart, previous);
			}
			if (previous != null) {
				IHiddenRegion before = region.getPreviousHiddenRegion();
				if (open) {
					if (!isOneSpace(before)) {
						doc.set(before, it -> it.oneSpace());
					}
				} else if (close) {
					doc.set(before, it -> it.setNewLines(1));
				} else if (start) {
					doc.set(before, it -> it.setNewLines(1, 1, 2));
				} else if (",".equals(keyword)) {
					if (before.getLength() > 0) {
						doc.set(before, it -> it.noSpace());
					}
				} else {
					// Inside a statement: a space, or the writer's line break kept (and then indented).
					wrapped |= before.isMultiline();
					if (!isOneSpace(before) || previous == statementStart) {
						doc.set(before, it -> {
							it.setNewLines(0, 0, 1);
							it.oneSpace();
						});
					}
				}
			}
			ISemanticRegion closing = open ? closes.get(region) : null;
			if (closing != null) {
				doc.interior(region, closing, it -> it.indent());
			}
			if (open || close || start) {
				statementStart = open || close ? region.getNextSemanticRegion() : region;
				wrapped = false;
			}
			previous = region;
		}
		if (wrapped) {
			continuationIndent(doc, statementStart, previous);
		}
		doc.set(previous.getNextHiddenRegion(), it -> it.setNewLines(1));
	}

	private static boolean isOneSpace(IHiddenRegion region) {
		return region.getLength() == 1 && " ".equals(region.getText());
	}

	/** Each opening brace with its closing one, found with one pass and a stack. */
	private static Map<ISemanticRegion, ISemanticRegion> matchingCloses(ISemanticRegion first) {
		Map<ISemanticRegion, ISemanticRegion> closes = new IdentityHashMap<>();
		Deque<ISemanticRegion> open = new ArrayDeque<>();
		for (ISemanticRegion region = first; region != null; region = region.getNextSemanticRegion()) {
			String keyword = keyword(region);
			if ("{".equals(keyword)) {
				open.push(region);
			} else if ("}".equals(keyword) && !open.isEmpty()) {
				closes.put(open.pop(), region);
			}
		}
		return closes;
	}

	/**
	 * Comments come out byte for byte: no " *" added to the lines of a block comment, no space
	 * after "//". Only the whitespace around them is laid out. A run of whitespace holding a
	 * byte-order mark (the grammar counts U+FEFF as whitespace, Xtext's region access does not)
	 * is kept as written too.
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		String rule = comment.getGrammarElement() instanceof AbstractRule r ? r.getName() : "";
		if (rule.equals("ML_COMMENT")) {
			return new MultilineCommentReplacer(comment, '*') {
				@Override
				public ITextReplacerContext createReplacements(ITextReplacerContext context) {
					return context;
				}

				/**
				 * A block comment written after code on the same line stays there, one space after
				 * the code, with what follows it laid out as if it were not there. Xtext's default puts
				 * a comment of several lines on a line of its own, and the second run then lays out
				 * the blank lines and indentation around it differently: format was not idempotent.
				 */
				@Override
				public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
					if (leading.getRegion().getOffset() > 0 && !leading.getRegion().isMultiline()) {
						leading.getFormatting().setNewLinesMin(0);
						leading.getFormatting().setNewLinesDefault(0);
						leading.getFormatting().setNewLinesMax(0);
						leading.getFormatting().setSpace(" ");
					} else {
						super.configureWhitespace(leading, trailing);
					}
				}
			};
		}
		if (rule.equals("SL_COMMENT")) {
			return new SinglelineDocCommentReplacer(comment, "//") {
				@Override
				public ITextReplacerContext createReplacements(ITextReplacerContext context) {
					return context;
				}
			};
		}
		return new CommentReplacer(comment) {
			@Override
			public ITextReplacerContext createReplacements(ITextReplacerContext context) {
				return context;
			}

			@Override
			public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
				// kept as written
			}
		};
	}

	/**
	 * Around a comment, Xtext gives the layout asked for (say, one space before a brace) to the
	 * first stretch of whitespace that holds a line break. Where that layout allows no line break,
	 * the break is gone after one run and the next run picks another stretch: a comment between a
	 * heading and its brace moved twice. Such a layout goes to the whitespace just before the token.
	 */
	@Override
	public ITextReplacer createHiddenRegionReplacer(IHiddenRegion region, IHiddenRegionFormatting formatting) {
		return new HiddenRegionReplacer(region, formatting) {
			@Override
			protected WhitespaceReplacer findWhitespaceThatSeparatesSemanticRegions(List<ITextReplacer> replacers) {
				Integer max = formatting.getNewLineMax();
				boolean breaksAllowed = max == null ? formatting.getNewLineMin() != null || formatting.getNewLineDefault() != null : max > 0;
				return breaksAllowed ? super.findWhitespaceThatSeparatesSemanticRegions(replacers)
						: (WhitespaceReplacer) replacers.get(replacers.size() - 1);
			}

			/** Between statements, a blank line beside a comment is kept as one between statements is. */
			@Override
			protected void applyPriorityAndDefaultFormatting(List<ITextReplacer> replacers, IHiddenRegionFormatting separator) {
				super.applyPriorityAndDefaultFormatting(replacers, separator);
				Integer max = formatting.getNewLineMax();
				if (max != null && max > 1) {
					for (ITextReplacer replacer : replacers) {
						if (replacer instanceof WhitespaceReplacer whitespace && whitespace.getFormatting() != separator) {
							whitespace.getFormatting().setNewLinesMax(max);
						}
					}
				}
			}
		};
	}

	/**
	 * Blank lines are counted as the reader sees them. Xtext counts the line breaks of a stretch
	 * of whitespace without the one that ends a `//` comment just before it, yet takes that one off
	 * what it writes: each run dropped one blank line after such a comment, so formatting twice
	 * changed the text again.
	 */
	@Override
	public ITextReplacer createWhitespaceReplacer(ITextSegment whitespace, IHiddenRegionFormatting formatting) {
		return new WhitespaceReplacer(whitespace, formatting) {
			@Override
			protected int computeNewLineCount(ITextReplacerContext context) {
				Integer min = formatting.getNewLineMin();
				Integer max = formatting.getNewLineMax();
				boolean undefined = getRegion() instanceof IHiddenRegion hidden && hidden.isUndefined();
				if (undefined || (min == null && max == null && formatting.getNewLineDefault() == null)) {
					return super.computeNewLineCount(context);
				}
				int lines = getRegion().getLineCount() - 1 + trailingNewLinesOfPreviousRegion();
				if (min != null && min > lines) {
					lines = min;
				}
				return max != null && max < lines ? max : lines;
			}
		};
	}

	/** Lines after the first of a wrapped statement go one level deeper than the statement. */
	private static void continuationIndent(IFormattableDocument doc, ISemanticRegion start, ISemanticRegion end) {
		if (start != null && end != null && start != end && start.getOffset() < end.getOffset()) {
			doc.set(start.getNextHiddenRegion(), end.getNextHiddenRegion(), it -> it.indent());
		}
	}

	private Set<ISemanticRegion> statementStarts(Model model) {
		Set<ISemanticRegion> starts = Collections.newSetFromMap(new IdentityHashMap<>()); // regions hash by offset: slow
		for (Declaration declaration : model.getDeclarations()) {
			addFirst(starts, declaration);
		}
		model.eAllContents().forEachRemaining(element -> {
			if (element instanceof Expectation || element instanceof Stage || element instanceof Touchpoint
					|| element instanceof Tight || element instanceof Loose || element instanceof Goal
					|| element instanceof Rhythm || element instanceof Trigger || element instanceof Response) {
				addFirst(starts, element);
			}
			String[] keywords = element instanceof Brand ? BRAND_STATEMENTS
					: element instanceof Touchpoint ? TOUCHPOINT_STATEMENTS
					: element instanceof CoCreation ? COCREATION_STATEMENTS
					: element instanceof ClosedLoop ? CLOSED_LOOP_STATEMENTS
					: null;
			if (keywords != null) {
				starts.addAll(regionFor(element).keywords(keywords));
			}
		});
		return starts;
	}

	private void addFirst(Set<ISemanticRegion> starts, EObject element) {
		var region = getTextRegionAccess().regionForEObject(element);
		if (region != null && region.getPreviousHiddenRegion() != null
				&& region.getPreviousHiddenRegion().getNextSemanticRegion() != null) {
			starts.add(region.getPreviousHiddenRegion().getNextSemanticRegion());
		}
	}

	/** The keyword a token is, or null for a name, text or number. */
	private static String keyword(ISemanticRegion region) {
		return region.getGrammarElement() instanceof org.eclipse.xtext.Keyword k ? k.getValue() : null;
	}
}
