package org.cxspec.ide.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.cxspec.index.FileFacts;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * The keys that tie spec files together, so an edit re-validates only the files it can change
 * the findings of. A file's interest holds a key for everything its findings read from other
 * files; an edit's changes hold a key for everything it changed that other files read:
 * <ul>
 * <li>{@code name X}: whether a name exists and its kind (links). Of interest to the files that
 * declare or refer to X.</li>
 * <li>{@code decl X}: where X is declared and whether it is delivered, addressed or staffed
 * (duplicate names, untraced values, expectations and actors). Of interest to its declarers only.</li>
 * <li>{@code behaviour K}: who holds behaviour K tight (tight/loose conflicts). Of interest to
 * the files with a standard or freedom about K.</li>
 * <li>{@code brands}: the brands and their promises. Of interest to the files with a brand and to
 * the model's first file, where a missing brand is reported.</li>
 * </ul>
 */
final class CrossFileKeys {

	static final String BRANDS = "brands";

	private CrossFileKeys() {
	}

	/** What a file's findings read from the other files. */
	static Set<String> interestOf(IResourceDescription file, FileFacts facts, Set<String> referencedNames) {
		Set<String> keys = new HashSet<>();
		for (IEObjectDescription exported : file.getExportedObjects()) {
			keys.add(name(exported.getName().toString()));
		}
		referencedNames.forEach(name -> keys.add(name(name)));
		facts.declared().keySet().forEach(name -> keys.add(decl(name)));
		facts.brands().forEach(brand -> brand.tightKeys().forEach(key -> keys.add(behaviour(key))));
		facts.touchpointTights().keySet().forEach(key -> keys.add(behaviour(key)));
		facts.looseKeys().forEach(key -> keys.add(behaviour(key)));
		if (!facts.brands().isEmpty()) {
			keys.add(BRANDS);
		}
		return keys;
	}

	/** What changed in a file that other files read. */
	static Set<String> changes(IResourceDescription before, FileFacts was, IResourceDescription after, FileFacts is) {
		Set<String> keys = new HashSet<>();
		namesChanged(before, after, keys);
		Set<String> declared = new TreeSet<>(was.declared().keySet());
		declared.addAll(is.declared().keySet());
		for (String name : declared) {
			if (!Objects.equals(was.declared().get(name), is.declared().get(name))) {
				keys.add(decl(name));
			}
		}
		differences(was.deliveredValues(), is.deliveredValues()).forEach(name -> keys.add(decl(name)));
		differences(was.addressedExpectations(), is.addressedExpectations()).forEach(name -> keys.add(decl(name)));
		differences(was.busyActors(), is.busyActors()).forEach(name -> keys.add(decl(name)));
		// Brands compare whole (name, place, promise, standards): a moved first brand changes the second one's message.
		if (!was.brands().equals(is.brands())) {
			keys.add(BRANDS);
			differences(brandTightKeys(was), brandTightKeys(is)).forEach(key -> keys.add(behaviour(key)));
		}
		Set<String> tightKeys = new TreeSet<>(was.touchpointTights().keySet());
		tightKeys.addAll(is.touchpointTights().keySet());
		for (String key : tightKeys) {
			if (!Objects.equals(was.touchpointTights().get(key), is.touchpointTights().get(key))) {
				keys.add(behaviour(key));
			}
		}
		return keys;
	}

	/** Names that appeared, vanished or changed kind. */
	private static void namesChanged(IResourceDescription before, IResourceDescription after, Set<String> keys) {
		Set<String> was = namesWithKinds(before);
		Set<String> is = namesWithKinds(after);
		differences(was, is).forEach(nameWithKind -> keys.add(name(nameWithKind.substring(0, nameWithKind.indexOf(' ')))));
	}

	private static Set<String> namesWithKinds(IResourceDescription file) {
		Set<String> names = new HashSet<>();
		for (IEObjectDescription exported : file.getExportedObjects()) {
			names.add(exported.getName() + " " + exported.getEClass().getName());
		}
		return names;
	}

	private static Set<String> brandTightKeys(FileFacts facts) {
		Set<String> keys = new HashSet<>();
		facts.brands().forEach(brand -> keys.addAll(brand.tightKeys()));
		return keys;
	}

	private static List<String> differences(Set<String> a, Set<String> b) {
		List<String> different = new ArrayList<>();
		a.stream().filter(item -> !b.contains(item)).forEach(different::add);
		b.stream().filter(item -> !a.contains(item)).forEach(different::add);
		return different;
	}

	private static String name(String name) {
		return "name " + name;
	}

	private static String decl(String name) {
		return "decl " + name;
	}

	private static String behaviour(String key) {
		return "behaviour " + key;
	}
}
