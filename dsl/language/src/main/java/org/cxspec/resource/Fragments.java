package org.cxspec.resource;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

/**
 * EMF's fragment of every element of a file ({@code /@declarations.12/@stages.0}), written in
 * one pass from the roots down. EMF writes each element's fragment on its own, walking up to
 * the root and looking its position up with {@code indexOf} at every step, which is quadratic in
 * the length of a list (a file of 200,000 stray lines). The text is EMF's (its containment
 * features have no keys and no feature maps), so proxies made from it resolve as before.
 */
public final class Fragments {

	private Fragments() {
	}

	/** The fragment of each element under {@code roots}, as EMF writes it for a resource with these contents. */
	public static Map<EObject, String> of(List<EObject> roots) {
		Map<EObject, String> fragments = new IdentityHashMap<>();
		for (int i = 0; i < roots.size(); i++) {
			String root = "/" + (roots.size() > 1 ? Integer.toString(i) : "");
			fragments.put(roots.get(i), root);
			below(roots.get(i), root, fragments);
		}
		return fragments;
	}

	private static void below(EObject parent, String fragment, Map<EObject, String> fragments) {
		for (EReference containment : parent.eClass().getEAllContainments()) {
			if (!containment.getEKeys().isEmpty()) {
				continue; // EMF writes keys, not positions: left to EMF
			}
			Object value = parent.eGet(containment, false);
			if (value instanceof List<?> children && !children.isEmpty()) {
				String segment = fragment + "/@" + containment.getName() + ".";
				for (int i = 0; i < children.size(); i++) {
					child((EObject) children.get(i), segment + i, fragments);
				}
			} else if (value instanceof EObject child) {
				child(child, fragment + "/@" + containment.getName(), fragments);
			}
		}
	}

	private static void child(EObject child, String fragment, Map<EObject, String> fragments) {
		// A contained proxy (from another file) is not this file's element, as for EMF's proper contents.
		if (!((InternalEObject) child).eIsProxy()) {
			fragments.put(child, fragment);
			below(child, fragment, fragments);
		}
	}
}
