package org.cxspec.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The text of the spec file an element lives in (as the server has it, unsaved edits included),
 * and the edits that add a statement to an element the way the formatter lays it out.
 */
record SpecFileText(String uri, String text) {

	private static final String INDENT = "    ";
	private static final UriExtensions URIS = new UriExtensions();

	static SpecFileText of(EObject element) {
		XtextResource resource = (XtextResource) element.eResource();
		return new SpecFileText(URIS.toUriString(resource.getURI()), resource.getParseResult().getRootNode().getText());
	}

	Position position(int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	TextEdit replace(int offset, int length, String newText) {
		return new TextEdit(new Range(position(offset), position(offset + length)), newText);
	}

	TextEdit insert(int offset, String newText) {
		return replace(offset, 0, newText);
	}

	/** The leading whitespace of the line an offset is on. */
	String indentAt(int offset) {
		int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}

	/** Adds {@code statement} as the first line of the element's block, making the block if it has none. */
	TextEdit addStatement(EObject element, String statement) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		String indent = indentAt(node.getOffset());
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && "{".equals(leaf.getText())) {
				return insert(leaf.getEndOffset(), "\n" + indent + INDENT + statement);
			}
		}
		return insert(node.getEndOffset(), " {\n" + indent + INDENT + statement + "\n" + indent + "}");
	}

	/** A continuation line under the element, one level deeper: {@code within "..."} under a loose freedom. */
	TextEdit addContinuation(EObject element, String continuation) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return insert(node.getEndOffset(), "\n" + indentAt(node.getOffset()) + INDENT + continuation);
	}

	/** The element's text replaced; continuation lines of the replacement get the element's indentation. */
	TextEdit replaceElement(EObject element, List<String> lines) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		String indent = indentAt(node.getOffset());
		StringBuilder replacement = new StringBuilder(lines.get(0));
		for (String line : lines.subList(1, lines.size())) {
			replacement.append('\n').append(indent).append(INDENT).append(line);
		}
		return replace(node.getOffset(), node.getLength(), replacement.toString());
	}
}
