package org.cxspec.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/** A diagnostic's data as strings: the server sends {@code String[]}, the client sends it back as JSON. */
final class DiagnosticData {

	private DiagnosticData() {
	}

	static List<String> strings(Object data) {
		List<String> strings = new ArrayList<>();
		if (data instanceof String[] array) {
			strings.addAll(List.of(array));
		} else if (data instanceof JsonArray array) {
			for (JsonElement element : array) {
				if (element.isJsonPrimitive()) {
					strings.add(element.getAsString());
				}
			}
		} else if (data instanceof Iterable<?> values) {
			values.forEach(value -> strings.add(String.valueOf(value)));
		}
		return strings;
	}
}
