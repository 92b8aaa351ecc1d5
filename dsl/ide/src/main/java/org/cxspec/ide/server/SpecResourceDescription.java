package org.cxspec.ide.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.cxspec.index.FileFacts;
import org.cxspec.linking.SpecResource;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IResourceScopeCache;

/**
 * A spec file as the workspace index keeps it: its exported names, and on the first of them
 * the file's cross-file facts and the names it refers to (see {@link CrossFileChanges}). A
 * file that exports no name has no facts either.
 */
class SpecResourceDescription extends DefaultResourceDescription {

	static final String FACTS = "facts";
	static final String REFERENCES = "references";

	SpecResourceDescription(Resource resource, IDefaultResourceDescriptionStrategy strategy, IResourceScopeCache cache) {
		super(resource, strategy, cache);
	}

	@Override
	protected List<IEObjectDescription> computeExportedObjects() {
		List<IEObjectDescription> exported = new ArrayList<>(super.computeExportedObjects());
		if (!exported.isEmpty()) {
			IEObjectDescription first = exported.get(0);
			Map<String, String> data = new HashMap<>();
			for (String key : first.getUserDataKeys()) {
				data.put(key, first.getUserData(key));
			}
			data.put(FACTS, FactsCodec.encode(FileFacts.of(getResource())));
			data.put(REFERENCES, String.join(" ", referencedNames(getResource())));
			exported.set(0, EObjectDescription.create(first.getQualifiedName(), first.getEObjectOrProxy(), data));
		}
		return exported;
	}

	/**
	 * Every name the file refers to, as written: if one of them appears, vanishes or changes kind,
	 * its links change. Read from the links the linker put in (walking the whole parse tree for
	 * them took a tenth of a keystroke's build on a 10k-line spec), or from that tree.
	 */
	private static TreeSet<String> referencedNames(Resource resource) {
		TreeSet<String> names = new TreeSet<>();
		List<INode> links = resource instanceof SpecResource spec ? spec.linkNodes() : null;
		if (links != null) {
			links.forEach(link -> names.add(FileFacts.nameWritten(link)));
		} else if (resource instanceof XtextResource spec && spec.getParseResult() != null) {
			for (ILeafNode leaf : spec.getParseResult().getRootNode().getLeafNodes()) {
				if (!leaf.isHidden() && GrammarUtil.containingCrossReference(leaf.getGrammarElement()) != null) {
					names.add(FileFacts.nameWritten(leaf));
				}
			}
		}
		return names;
	}
}
