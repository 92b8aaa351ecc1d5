package org.cxspec.index;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * Where a named element is declared: file, 1-based line and column, for messages that
 * point there. Line and column (not the offset) so that typing on an earlier line's text does
 * not move the places after it.
 */
public record Place(URI file, int line, int column) implements Comparable<Place> {

	public static Place of(EObject element) {
		return of(element.eResource().getURI(), element);
	}

	static Place of(URI file, EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return new Place(file, 1, 0);
		}
		LineAndColumn start = NodeModelUtils.getLineAndColumn(node, firstTokenOffset(node));
		return new Place(file, start.getLine(), start.getColumn());
	}

	/** What {@link INode#getOffset()} gives (the first token that is no comment or space), without its iterator machinery. */
	private static int firstTokenOffset(ICompositeNode element) {
		INode node = element.getFirstChild();
		while (node != null) {
			if (node instanceof ICompositeNode composite && composite.hasChildren()) {
				node = composite.getFirstChild();
				continue;
			}
			if (node instanceof ILeafNode leaf && !leaf.isHidden()) {
				return leaf.getTotalOffset();
			}
			while (node != element && !node.hasNextSibling()) {
				node = node.getParent();
			}
			node = node == element ? null : node.getNextSibling();
		}
		return element.getOffset();
	}

	@Override
	public int compareTo(Place other) {
		int byFile = file.toString().compareTo(other.file.toString());
		if (byFile != 0) {
			return byFile;
		}
		return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
	}

	/** "claims.cxspec line 12", short enough for a one-line message. */
	public String describe() {
		String name = file.lastSegment() == null ? file.toString() : URI.decode(file.lastSegment());
		return name + " line " + line;
	}
}
