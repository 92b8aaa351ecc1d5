package org.cxspec.diff;

import java.util.function.Function;

/** How a diff is written: for a terminal, for a pull-request comment or job summary, for machines. */
public enum DiffFormat {
	TEXT("text", TextDiff::render), MARKDOWN("markdown", MarkdownDiff::render), JSON("json", JsonDiff::render);

	private final String id;
	private final Function<SpecDiff, String> renderer;

	DiffFormat(String id, Function<SpecDiff, String> renderer) {
		this.id = id;
		this.renderer = renderer;
	}

	public String id() {
		return id;
	}

	public String render(SpecDiff diff) {
		return renderer.apply(diff);
	}
}
