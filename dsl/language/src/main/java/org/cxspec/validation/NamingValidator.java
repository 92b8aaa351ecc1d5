package org.cxspec.validation;

import static org.cxspec.cxspec.CxspecPackage.Literals.DECLARATION__NAME;
import static org.cxspec.cxspec.CxspecPackage.Literals.EXPECTATION__NAME;
import static org.cxspec.cxspec.CxspecPackage.Literals.STAGE__NAME;
import static org.cxspec.cxspec.CxspecPackage.Literals.TOUCHPOINT__NAME;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.cxspec.Declaration;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Stage;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.index.Place;
import org.cxspec.model.Kinds;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/** Names are unique across all files of a model; stage names within their journey. */
public class NamingValidator extends RuleValidator {

	@Check
	public void uniqueName(Declaration declaration) {
		checkUnique(declaration, declaration.getName(), DECLARATION__NAME);
	}

	@Check
	public void uniqueName(Expectation expectation) {
		checkUnique(expectation, expectation.getName(), EXPECTATION__NAME);
	}

	@Check
	public void uniqueName(Touchpoint touchpoint) {
		checkUnique(touchpoint, touchpoint.getName(), TOUCHPOINT__NAME);
	}

	@Check
	public void uniqueStageNames(Journey journey) {
		Map<String, Stage> first = new HashMap<>();
		for (Stage stage : journey.getStages()) {
			Stage earlier = stage.getName() == null ? null : first.putIfAbsent(stage.getName(), stage);
			if (earlier != null) {
				report(Rule.DUPLICATE_NAME, "Journey " + journey.getName() + " has two stages named " + stage.getName()
						+ " (the first is at " + Place.of(earlier).describe() + "): give each stage its own name.",
						stage, STAGE__NAME);
			}
		}
	}

	private void checkUnique(EObject element, String name, EAttribute nameFeature) {
		if (name == null) {
			return;
		}
		List<Place> places = index(element).placesOf(name);
		if (places.size() < 2) {
			return;
		}
		Place here = Place.of(element);
		List<Place> others = places.stream().filter(place -> !place.equals(here)).toList();
		String where = others.get(0).describe() + (others.size() > 1 ? " and " + (others.size() - 1) + (others.size() == 2 ? " more place" : " more places") : "");
		report(Rule.DUPLICATE_NAME, "The name " + name + " of this " + Kinds.of(element) + " is also declared at " + where
				+ ": names are shared by all files of a spec, so rename one of them.", element, nameFeature);
	}
}
