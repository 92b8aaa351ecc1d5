package org.cxspec.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cxspec.cxspec.Actor;
import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Declaration;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Model;
import org.cxspec.cxspec.Tight;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.cxspec.Value;
import org.cxspec.model.Specs;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What one file contributes to the rules that look across files: the names it declares and
 * the names it points at. Names are kept as plain strings (never cross-file objects), so the
 * facts of a file stay true until that file itself changes.
 */
public record FileFacts(
		Map<String, List<Place>> declared,
		List<BrandFacts> brands,
		Set<String> deliveredValues,
		Set<String> addressedExpectations,
		Set<String> busyActors,
		Map<String, List<String>> touchpointTights,
		Map<String, List<String>> touchpointLooses,
		Place start) {

	/** A brand, where it is declared, and the behaviour keys of its tight standards. */
	public record BrandFacts(String name, Place place, boolean hasPromise, Set<String> tightKeys) {
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
		private final Map<String, List<Place>> declared = new TreeMap<>();
		private final List<BrandFacts> brands = new ArrayList<>();
		private final Set<String> delivered = new HashSet<>();
		private final Set<String> addressed = new HashSet<>();
		private final Set<String> busy = new HashSet<>();
		private final Map<String, List<String>> tights = new TreeMap<>();
		private final Map<String, List<String>> looses = new TreeMap<>();

		Collector(URI file) {
			this.file = file;
		}

		void declaration(Declaration declaration) {
			declare(declaration.getName(), declaration);
			if (declaration instanceof Brand brand) {
				Set<String> keys = new HashSet<>();
				brand.getTights().forEach(tight -> keys.add(Specs.behaviourKey(tight.getText())));
				brands.add(new BrandFacts(brand.getName(), Place.of(file, brand), brand.getPromises().stream().anyMatch(promise -> promise != null && !promise.isBlank()), keys));
			} else if (declaration instanceof Customer customer) {
				customer.getExpectations().forEach(expectation -> declare(expectation.getName(), expectation));
			} else if (declaration instanceof Journey journey) {
				journey.getStages().stream().flatMap(stage -> stage.getTouchpoints().stream()).forEach(this::touchpoint);
			} else if (declaration instanceof CoCreation programme) {
				actors(programme.getOwners());
			} else if (declaration instanceof ClosedLoop loop) {
				actors(loop.getOwners());
			}
		}

		void touchpoint(Touchpoint touchpoint) {
			declare(touchpoint.getName(), touchpoint);
			for (Value value : touchpoint.getDelivers()) {
				named(value.eIsProxy() ? null : value.getName(), delivered);
			}
			for (Expectation expectation : touchpoint.getAddresses()) {
				named(expectation.eIsProxy() ? null : expectation.getName(), addressed);
			}
			actors(touchpoint.getStaffedBy());
			for (Tight tight : touchpoint.getTights()) {
				tights.computeIfAbsent(Specs.behaviourKey(tight.getText()), key -> new ArrayList<>()).add(touchpoint.getName());
			}
			touchpoint.getLooses().forEach(loose -> looses
					.computeIfAbsent(Specs.behaviourKey(loose.getText()), key -> new ArrayList<>()).add(touchpoint.getName()));
		}

		void actors(List<Actor> actors) {
			actors.forEach(actor -> named(actor.eIsProxy() ? null : actor.getName(), busy));
		}

		void declare(String name, EObject element) {
			if (name != null) {
				declared.computeIfAbsent(name, key -> new ArrayList<>(1)).add(Place.of(file, element));
			}
		}

		static void named(String name, Set<String> into) {
			if (name != null) {
				into.add(name);
			}
		}

		FileFacts facts() {
			return new FileFacts(declared, brands, delivered, addressed, busy, tights, looses, new Place(file, 1, 0));
		}
	}

}
