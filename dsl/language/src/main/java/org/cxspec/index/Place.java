package org.cxspec.index;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Where a named element is declared: file and 1-based line, for messages that point there. */
public record Place(URI file, int line, int offset) implements Comparable<Place> {

	public static Place of(EObject element) {
		return of(element.eResource().getURI(), element);
	}

	static Place of(URI file, EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? new Place(file, 1, 0) : new Place(file, node.getStartLine(), node.getOffset());
	}

	@Override
	public int compareTo(Place other) {
		int byFile = file.toString().compareTo(other.file.toString());
		return byFile != 0 ? byFile : Integer.compare(offset, other.offset);
	}

	/** "claims.cxspec line 12", short enough for a one-line message. */
	public String describe() {
		String name = file.lastSegment() == null ? file.toString() : URI.decode(file.lastSegment());
		return name + " line " + line;
	}
}
