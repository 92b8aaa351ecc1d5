package org.cxspec.load;

import java.nio.file.Path;

/** Paths as users see them: relative to the working directory where possible, with '/'. */
public final class Locations {

	private Locations() {
	}

	public static String display(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path here = Path.of("").toAbsolutePath();
		Path shown;
		try {
			shown = here.relativize(absolute);
		} catch (IllegalArgumentException otherRoot) {
			shown = absolute;
		}
		String text = shown.toString().replace('\\', '/');
		return text.isEmpty() ? "." : text;
	}
}
