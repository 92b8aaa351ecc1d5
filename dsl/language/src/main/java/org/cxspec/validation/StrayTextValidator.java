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

	@Check
	public void strayText(Stray stray) {
		ICompositeNode node = NodeModelUtils.getNode(stray);
		if (node == null || continuesRun(node) || followsSyntaxError(stray, node)) {
			return;
		}
		if ("}".equals(node.getText().strip()) && stray.eContainer() instanceof Model && !stray.eResource().getErrors().isEmpty()) {
			return; // an extra brace after a syntax error is that error's echo, not a second mistake
		}
		List<INode> run = run(node);
		INode last = run.get(run.size() - 1);
		List<String> words = run.stream().map(word -> word.getText().strip()).toList();
		INode before = previousVisible(node);
		Declaration declarationBefore = before == null || isStray(before) || !(stray.eContainer() instanceof Model) ? null
				: declarationEndingWith(before);
		String message = declarationBefore != null && before.getEndLine() == node.getStartLine()
				? StrayMessages.afterDeclaration(declarationBefore, words)
				: StrayMessages.describe(stray.eContainer(), words, keywords());
		reportRange(Rule.SYNTAX_ERROR, message, stray, node.getOffset(), last.getEndOffset() - node.getOffset());
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
	private boolean followsSyntaxError(Stray stray, INode node) {
		Integer firstError = firstSyntaxErrorByLine(stray.eResource()).get(node.getStartLine());
		return firstError != null && firstError <= node.getOffset();
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

	/** This stray word and those right after it on the same line. */
	private static List<INode> run(INode node) {
		List<INode> run = new ArrayList<>(List.of(node));
		INode last = node;
		for (INode next = nextVisible(last); next != null && isStray(next) && next.getStartLine() == last.getEndLine(); next = nextVisible(last)) {
			run.add(next);
			last = next;
		}
		return run;
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
