package org.cxspec.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.cxspec.model.Kinds;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/**
 * Where a named element is used, by name, across the loaded spec files: "touchpoint PhoneReport
 * delivers it". Names are unique across a model, so the written name is enough.
 */
final class Usages {

	private Usages() {
	}

	static List<String> of(EObject target, List<Resource> specs) {
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(target);
		List<String> found = new ArrayList<>();
		if (name == null) {
			return found;
		}
		for (Resource spec : specs) {
			if (!(spec instanceof XtextResource resource) || resource.getParseResult() == null) {
				continue;
			}
			for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
				if (node.getGrammarElement() instanceof CrossReference crossReference
						&& name.equals(NodeModelUtils.getTokenText(node))) {
					EReference reference = GrammarUtil.getReference(crossReference);
					if (reference != null && reference.getEReferenceType().isSuperTypeOf(target.eClass())) {
						found.add(describe(node.getSemanticElement(), reference));
					}
				}
			}
		}
		return found;
	}

	private static String describe(EObject user, EReference reference) {
		EObject named = user;
		while (named != null && SimpleAttributeResolver.NAME_RESOLVER.apply(named) == null) {
			named = named.eContainer();
		}
		String owner = named == null ? Kinds.of(user) : Kinds.named(named, SimpleAttributeResolver.NAME_RESOLVER.apply(named));
		String what = named == user ? "" : " (" + Kinds.of(user) + ")";
		return owner + what + ": " + verb(reference);
	}

	private static String verb(EReference reference) {
		return switch (reference.getName()) {
		case "delivers" -> "delivers it";
		case "addresses" -> "addresses it";
		case "staffedBy" -> "staffed by it";
		case "measuredBy" -> "measured by it";
		case "protects" -> "protects it";
		case "owners" -> "owned by it";
		case "involves" -> "involves it";
		case "customers" -> "is for it";
		case "metric" -> "measured by it";
		default -> "uses it";
		};
	}
}
