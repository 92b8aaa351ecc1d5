package org.cxspec.ide.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cxspec.index.FileFacts;
import org.cxspec.index.FileFacts.BrandFacts;
import org.cxspec.index.Place;
import org.eclipse.emf.common.util.URI;

/**
 * A file's {@link FileFacts} as a string kept in the workspace index, so the rules can read
 * every other file's facts without loading it. One entry per line, fields split by tabs;
 * names are identifiers and behaviour keys letters and digits, so neither holds a separator.
 * The same file text always gives the same string.
 */
final class FactsCodec {

	private static final String NO_NAME = "";

	private FactsCodec() {
	}

	static String encode(FileFacts facts) {
		Lines lines = new Lines();
		for (String name : sorted(facts.declared().keySet())) {
			for (Place place : facts.declared().get(name)) {
				lines.add("d", name, Integer.toString(place.line()), Integer.toString(place.column()));
			}
		}
		for (BrandFacts brand : facts.brands()) {
			lines.add("b", nameOf(brand.name()), Integer.toString(brand.place().line()), Integer.toString(brand.place().column()),
					brand.hasPromise() ? "1" : "0", String.join(",", sorted(brand.tightKeys())));
		}
		sorted(facts.deliveredValues()).forEach(name -> lines.add("v", name));
		sorted(facts.addressedExpectations()).forEach(name -> lines.add("a", name));
		sorted(facts.busyActors()).forEach(name -> lines.add("w", name));
		for (String key : sorted(facts.touchpointTights().keySet())) {
			facts.touchpointTights().get(key).forEach(touchpoint -> lines.add("t", key, nameOf(touchpoint)));
		}
		sorted(facts.looseKeys()).forEach(key -> lines.add("l", key));
		return lines.toString();
	}

	/** Entries joined as they are added: one string, not a list of them (a 10k-line spec has thousands). */
	private static final class Lines {
		private final StringBuilder text = new StringBuilder();

		void add(String... fields) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			for (int i = 0; i < fields.length; i++) {
				text.append(i == 0 ? "" : "\t").append(fields[i]);
			}
		}

		@Override
		public String toString() {
			return text.toString();
		}
	}

	private static List<String> sorted(Collection<String> names) {
		List<String> list = new ArrayList<>(names);
		Collections.sort(list);
		return list;
	}

	static FileFacts decode(URI file, String encoded) {
		Map<String, List<Place>> declared = new TreeMap<>();
		List<BrandFacts> brands = new ArrayList<>();
		Set<String> delivered = new HashSet<>();
		Set<String> addressed = new HashSet<>();
		Set<String> busy = new HashSet<>();
		Map<String, List<String>> tights = new TreeMap<>();
		Set<String> looses = new HashSet<>();
		for (String line : encoded.isEmpty() ? new String[0] : encoded.split("\n")) {
			String[] field = line.split("\t", -1);
			switch (field[0]) {
			case "d" -> declared.computeIfAbsent(field[1], key -> new ArrayList<>(1)).add(place(file, field[2], field[3]));
			case "b" -> brands.add(new BrandFacts(name(field[1]), place(file, field[2], field[3]), "1".equals(field[4]),
					field[5].isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(field[5].split(",")))));
			case "v" -> delivered.add(field[1]);
			case "a" -> addressed.add(field[1]);
			case "w" -> busy.add(field[1]);
			case "t" -> tights.computeIfAbsent(field[1], key -> new ArrayList<>()).add(name(field[2]));
			case "l" -> looses.add(field[1]);
			default -> throw new IllegalArgumentException("Not a cxspec facts entry: " + line);
			}
		}
		return new FileFacts(declared, brands, delivered, addressed, busy, tights, looses, new Place(file, 1, 0));
	}

	private static Place place(URI file, String line, String column) {
		return new Place(file, Integer.parseInt(line), Integer.parseInt(column));
	}

	/** An element whose name is missing (a syntax error) still counts, as it does for the command line. */
	private static String nameOf(String name) {
		return name == null ? NO_NAME : name;
	}

	private static String name(String field) {
		return field.isEmpty() ? null : field;
	}
}
