package org.cxspec.index;

import static org.cxspec.cxspec.CxspecPackage.Literals.CLOSED_LOOP__OWNERS;
import static org.cxspec.cxspec.CxspecPackage.Literals.CO_CREATION__OWNERS;
import static org.cxspec.cxspec.CxspecPackage.Literals.TOUCHPOINT__ADDRESSES;
import static org.cxspec.cxspec.CxspecPackage.Literals.TOUCHPOINT__DELIVERS;
import static org.cxspec.cxspec.CxspecPackage.Literals.TOUCHPOINT__STAFFED_BY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Declaration;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Model;
import org.cxspec.cxspec.Tight;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.model.Specs;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * What one file contributes to the rules that look across files: the names it declares and
 * the names it points at. Names are kept as plain strings, read from the text of the
 * references without resolving them (never cross-file objects), so the facts of a file stay
 * true until that file itself changes, and computing them loads no other file.
 */
public record FileFacts(
		Map<String, List<Place>> declared,
		List<BrandFacts> brands,
		Set<String> deliveredValues,
		Set<String> addressedExpectations,
		Set<String> busyActors,
		Map<String, List<String>> touchpointTights,
		Set<String> looseKeys,
		Place start) {
	// looseKeys: the behaviour keys of the file's own freedoms; no rule reads other files'
	// freedoms, but a file's findings change when another file holds one of them tight.

	/** A brand, where it is declared, and the behaviour keys of its tight standards. */
	public record BrandFacts(String name, Place place, boolean hasPromise, Set<String> tightKeys) {
	}

	/** The name a reference in the text points at: its token, without the escape of a name that is also a keyword. */
	public static String nameWritten(INode reference) {
		String text = NodeModelUtils.getTokenText(reference);
		return text.startsWith("^") ? text.substring(1) : text;
	}

	/** A file with nothing in it the other files could see. */
	public static FileFacts none(URI file) {
		return new Collector(file).facts();
	}

	public static FileFacts of(Resource resource) {
		Collector collector = new Collector(resource.getURI());
		for (EObject root : resource.getContents()) {
			if (root instanceof Model model) {
				model.getDeclarations().forEach(collector::declaration);
			}
		}
		return collector.facts();
	}

	private static final class Collector {
		private final URI file;
		private final Map<String, List<Place>> declared = new HashMap<>();
		private final List<BrandFacts> brands = new ArrayList<>();
		private final Set<String> delivered = new HashSet<>();
		private final Set<String> addressed = new HashSet<>();
		private final Set<String> busy = new HashSet<>();
		private final Map<String, List<String>> tights = new HashMap<>();
		private final Set<String> looses = new HashSet<>();

		Collector(URI file) {
			this.file = file;
		}

		void declaration(Declaration declaration) {
			declare(declaration.getName(), declaration);
			if (declaration instanceof Brand brand) {
				Set<String> keys = new HashSet<>();
				brand.getTights().forEach(tight -> keys.add(Specs.behaviourKey(tight.getText())));
				brand.getLooses().forEach(loose -> loose(loose.getText()));
				brands.add(new BrandFacts(brand.getName(), Place.of(file, brand), brand.getPromises().stream().anyMatch(promise -> promise != null && !promise.isBlank()), keys));
			} else if (declaration instanceof Customer customer) {
				customer.getExpectations().forEach(expectation -> declare(expectation.getName(), expectation));
			} else if (declaration instanceof Journey journey) {
				journey.getStages().stream().flatMap(stage -> stage.getTouchpoints().stream()).forEach(this::touchpoint);
			} else if (declaration instanceof CoCreation programme) {
				referenced(programme, CO_CREATION__OWNERS, busy);
			} else if (declaration instanceof ClosedLoop loop) {
				referenced(loop, CLOSED_LOOP__OWNERS, busy);
			}
		}

		void touchpoint(Touchpoint touchpoint) {
			declare(touchpoint.getName(), touchpoint);
			referenced(touchpoint, TOUCHPOINT__DELIVERS, delivered);
			referenced(touchpoint, TOUCHPOINT__ADDRESSES, addressed);
			referenced(touchpoint, TOUCHPOINT__STAFFED_BY, busy);
			for (Tight tight : touchpoint.getTights()) {
				tights.computeIfAbsent(Specs.behaviourKey(tight.getText()), key -> new ArrayList<>()).add(touchpoint.getName());
			}
			touchpoint.getLooses().forEach(loose -> loose(loose.getText()));
		}

		void loose(String text) {
			String key = Specs.behaviourKey(text);
			if (!key.isEmpty()) {
				looses.add(key);
			}
		}

		/**
		 * The names a reference list points at, as written. Resolved targets give their name;
		 * while any is unresolved (always so when the language server indexes, before linking),
		 * the names come from the text, never by resolving: that would load other files. A name
		 * that resolves to nothing matches no declaration, so it changes no finding. Links not
		 * resolved yet lead to their text directly (see {@link #writtenAt}); the element's parse
		 * tree is searched only for other proxies.
		 */
		static void referenced(EObject element, EReference reference, Set<String> into) {
			List<?> targets = ((InternalEList<?>) element.eGet(reference)).basicList();
			List<String> names = new ArrayList<>(targets.size());
			for (Object target : targets) {
				EObject object = (EObject) target;
				if (object.eIsProxy() || !(object.eGet(object.eClass().getEStructuralFeature("name")) instanceof String name)) {
					into.addAll(written(element, reference, targets));
					return;
				}
				names.add(name);
			}
			into.addAll(names);
		}

		private static List<String> written(EObject element, EReference reference, List<?> targets) {
			List<String> names = new ArrayList<>(targets.size());
			for (Object target : targets) {
				INode node = writtenAt(element, (EObject) target);
				if (node == null) {
					return NodeModelUtils.findNodesForFeature(element, reference).stream().map(FileFacts::nameWritten).toList();
				}
				names.add(nameWritten(node));
			}
			return names;
		}

		/** The text of a link not resolved yet: the linker's proxy says where it is. Null for any other target. */
		private static INode writtenAt(EObject element, EObject target) {
			if (target.eIsProxy() && element.eResource() instanceof LazyLinkingResource file) {
				String fragment = ((InternalEObject) target).eProxyURI().fragment();
				if (fragment != null && file.getEncoder().isCrossLinkFragment(file, fragment)) {
					return file.getEncoder().decode(file, fragment).getThird();
				}
			}
			return null;
		}

		void declare(String name, EObject element) {
			if (name != null) {
				declared.computeIfAbsent(name, key -> new ArrayList<>(1)).add(Place.of(file, element));
			}
		}

		FileFacts facts() {
			return new FileFacts(declared, brands, delivered, addressed, busy, tights, looses, new Place(file, 1, 0));
		}
	}

}
