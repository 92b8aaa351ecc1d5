package org.cxspec.generator.findings;

import java.util.Locale;

/** The output formats of {@code cxspec validate}; each renders a report to text, nothing else. */
public enum FindingsFormat {
	TEXT(new TextFindings()),
	JSON(new JsonFindings()),
	SARIF(new SarifFindings()),
	JUNIT(new JunitFindings()),
	GITHUB(new GithubFindings());

	/** Renders a whole report; pure, deterministic. */
	public interface Renderer {
		String render(FindingsReport report);
	}

	private final Renderer renderer;

	FindingsFormat(Renderer renderer) {
		this.renderer = renderer;
	}

	public String render(FindingsReport report) {
		return renderer.render(report);
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}
}
