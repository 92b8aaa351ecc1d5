package org.cxspec.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxspec.cxspec.Declaration;
import org.cxspec.cxspec.Model;
import org.cxspec.cxspec.Stray;
import org.cxspec.model.Specs;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * Words that no statement can start with. The grammar keeps them (so the declarations after
 * them are still read); here each run of them becomes one syntax error that says where such a
 * word belongs.
 */
public class StrayTextValidator extends RuleValidator {

	@Inject
	private IGrammarAccess grammar;

	private static final Object SYNTAX_ERRORS_BY_LINE = new Object();

	private Set<String> keywords;

	/**
	 * The most words of a line a message looks at: the first three tell what was meant, and 40
	 * words fill the 40 characters a message quotes (a 10 MB line is not copied word by word).
	 */
	private static final int WORDS_SHOWN = 40;

	/**
	 * A stray element is a run of stray words, possibly over several lines (one element per run
	 * keeps millions of stray words affordable): each line of it is one finding.
	 */
	@Check
	public void strayText(Stray stray) {
		ICompositeNode node = NodeModelUtils.getNode(stray);
		if (node == null) {
			return;
		}
		Line line = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.isHidden()) {
				continue;
			}
			int number = leaf.getStartLine();
			if (line != null && line.number != number) {
				report(stray, node, line);
				line = null;
			}
			if (line == null) {
				line = new Line(number, leaf);
			}
			line.add(leaf);
		}
		if (line != null) {
			report(stray, node, line);
		}
	}

	/** The words of a stray element on one line: where they start and end, and the first few. */
	private static final class Line {
		final int number;
		final ILeafNode first;
		ILeafNode last;
		final List<String> words = new ArrayList<>();

		Line(int number, ILeafNode first) {
			this.number = number;
			this.first = first;
		}

		void add(ILeafNode leaf) {
			last = leaf;
			if (words.size() < WORDS_SHOWN) {
				words.add(leaf.getText().strip());
			}
		}
	}

	private void report(Stray stray, ICompositeNode node, Line line) {
		boolean firstLine = line.first.getOffset() == node.getOffset();
		if (firstLine && continuesRun(node) || followsSyntaxError(stray, line)) {
			return;
		}
		if (line.words.equals(List.of("}")) && stray.eContainer() instanceof Model && !stray.eResource().getErrors().isEmpty()) {
			return; // an extra brace after a syntax error is that error's echo, not a second mistake
		}
		INode last = line.last;
		List<String> words = line.words;
		if (line.last.getEndOffset() == node.getEndOffset()) {
			for (INode next = nextVisible(node); next != null && isStray(next) && next.getStartLine() == line.number; next = nextVisible(next)) {
				last = next; // a stray element right after this one on the same line belongs to this finding
			}
		}
		INode before = firstLine ? previousVisible(node) : null;
		Declaration declarationBefore = before == null || isStray(before) || !(stray.eContainer() instanceof Model) ? null
				: declarationEndingWith(before);
		String message = declarationBefore != null && before.getEndLine() == line.number
				? StrayMessages.afterDeclaration(declarationBefore, words)
				: StrayMessages.describe(stray.eContainer(), words, keywords());
		int offset = line.first.getOffset();
		reportRange(Rule.SYNTAX_ERROR, message, stray, offset, last.getEndOffset() - offset);
	}

	/** Whether a stray word comes right before this one on the same line: then they are one finding. */
	private static boolean continuesRun(INode node) {
		INode previous = previousVisible(node);
		return previous != null && isStray(previous) && previous.getEndLine() == node.getStartLine();
	}

	/**
	 * After a syntax error, the parser picks up again at the next word it can keep, which is often
	 * the rest of the broken statement: that error already speaks for the line.
	 */
	private boolean followsSyntaxError(Stray stray, Line line) {
		Integer firstError = firstSyntaxErrorByLine(stray.eResource()).get(line.number);
		return firstError != null && firstError <= line.first.getOffset();
	}

	/**
	 * Where the first syntax error of each line starts: gathered once per validated file, not
	 * once per stray word (200,000 stray lines with as many errors made that quadratic).
	 */
	@SuppressWarnings("unchecked")
	private Map<Integer, Integer> firstSyntaxErrorByLine(Resource resource) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return syntaxErrorsByLine(resource);
		}
		return (Map<Integer, Integer>) context.computeIfAbsent(SYNTAX_ERRORS_BY_LINE, key -> syntaxErrorsByLine(resource));
	}

	private static Map<Integer, Integer> syntaxErrorsByLine(Resource resource) {
		Map<Integer, Integer> firstByLine = new HashMap<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error instanceof AbstractDiagnostic syntax) {
				firstByLine.merge(syntax.getLine(), syntax.getOffset(), Math::min);
			}
		}
		return firstByLine;
	}

	/** The declaration whose text ends with this node, if any. */
	private static Declaration declarationEndingWith(INode node) {
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				last = leaf;
			}
		}
		EObject element = last == null ? null : NodeModelUtils.findActualSemanticObjectFor(last);
		return element instanceof Declaration declaration ? declaration : Specs.container(element, Declaration.class);
	}

	private Set<String> keywords() {
		if (keywords == null) {
			keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		}
		return keywords;
	}

	private static boolean isStray(INode node) {
		return NodeModelUtils.findActualSemanticObjectFor(node) instanceof Stray;
	}

	private static INode previousVisible(INode node) {
		INode sibling = node.getPreviousSibling();
		while (sibling != null && sibling.getText().isBlank()) {
			sibling = sibling.getPreviousSibling();
		}
		return sibling;
	}

	private static INode nextVisible(INode node) {
		INode sibling = node.getNextSibling();
		while (sibling != null && sibling.getText().isBlank()) {
			sibling = sibling.getNextSibling();
		}
		return sibling;
	}
}
