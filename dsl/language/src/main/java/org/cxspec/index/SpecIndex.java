package org.cxspec.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxspec.index.FileFacts.BrandFacts;

/**
 * The whole model as the cross-file rules see it: every file given together merged into one
 * set of names and references. Built in one pass over the files' facts, so every rule that
 * asks it ("is this value delivered anywhere?") is a lookup, never a scan.
 */
public final class SpecIndex {

	private final Map<String, List<Place>> declared = new HashMap<>();
	private final List<BrandFacts> brands = new ArrayList<>();
	private final Set<String> deliveredValues = new HashSet<>();
	private final Set<String> addressedExpectations = new HashSet<>();
	private final Set<String> busyActors = new HashSet<>();
	private final Map<String, List<String>> touchpointTights = new HashMap<>();
	private final Set<String> brandTightKeys = new HashSet<>();
	private Place firstFile;

	SpecIndex(List<FileFacts> files) {
		for (FileFacts file : files) {
			file.declared().forEach((name, places) -> declared.computeIfAbsent(name, key -> new ArrayList<>()).addAll(places));
			brands.addAll(file.brands());
			deliveredValues.addAll(file.deliveredValues());
			addressedExpectations.addAll(file.addressedExpectations());
			busyActors.addAll(file.busyActors());
			file.touchpointTights().forEach((key, names) -> touchpointTights.computeIfAbsent(key, k -> new ArrayList<>()).addAll(names));
			if (firstFile == null || file.start().compareTo(firstFile) < 0) {
				firstFile = file.start();
			}
		}
		declared.values().forEach(Collections::sort);
		brands.sort((a, b) -> a.place().compareTo(b.place()));
		brands.forEach(brand -> brandTightKeys.addAll(brand.tightKeys()));
	}

	/** Every place where this name is declared, in file and line order. */
	public List<Place> placesOf(String name) {
		return declared.getOrDefault(name, List.of());
	}

	/** The brands of the model, in file and line order; the first one is the model's brand. */
	public List<BrandFacts> brands() {
		return Collections.unmodifiableList(brands);
	}

	public boolean hasPromise() {
		return brands.stream().anyMatch(BrandFacts::hasPromise);
	}

	public boolean isDelivered(String value) {
		return deliveredValues.contains(value);
	}

	public boolean isAddressed(String expectation) {
		return addressedExpectations.contains(expectation);
	}

	/** Whether a role or partner staffs a touchpoint or owns a co-creation programme or closed loop. */
	public boolean hasWork(String actor) {
		return busyActors.contains(actor);
	}

	/** Whether some brand of the model holds this behaviour (by {@code Specs.behaviourKey}) tight. */
	public boolean isBrandTight(String behaviourKey) {
		return brandTightKeys.contains(behaviourKey);
	}

	/** The touchpoints that hold this behaviour tight, in file order. */
	public List<String> touchpointsHoldingTight(String behaviourKey) {
		return touchpointTights.getOrDefault(behaviourKey, List.of());
	}

	/** The start of the first file of the model (by path): where model-wide findings are shown. */
	public Place firstFile() {
		return firstFile;
	}
}
