package org.cxspec.generator.site;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.cxspec.generator.CxspecVersion;
import org.cxspec.generator.view.JourneyMap;
import org.cxspec.generator.view.Playbook;
import org.cxspec.generator.view.Site;
import org.cxspec.generator.view.Elements.Touchpoint;

/**
 * Renders every document of a spec: a pure function from the view to file contents by
 * relative path. Nothing is written here (see {@link SiteWriter}).
 */
public final class SiteRenderer {

	private final Templates templates;
	private final Labels labels;

	public SiteRenderer(Templates templates, Locale locale) {
		this.templates = templates;
		this.labels = new Labels(locale);
	}

	/** Paths use '/', relative to the output folder; sorted, so output order never varies. */
	public SortedMap<String, String> render(Site site) {
		SortedMap<String, String> files = new TreeMap<>();
		put(files, "index.html", "index.html.vm", site, "", Map.of());
		put(files, "report.html", "report.html.vm", site, "", Map.of());
		put(files, "report.md", "report.md.vm", site, "", Map.of());
		put(files, "report.json", "report.json.vm", site, "", Map.of());
		for (Playbook playbook : site.playbooks()) {
			String id = playbook.actor().id();
			put(files, "playbooks/" + id + ".html", "playbook.html.vm", site, "../", Map.of("playbook", playbook));
			put(files, "playbooks/" + id + ".md", "playbook.md.vm", site, "../", Map.of("playbook", playbook));
		}
		for (Touchpoint touchpoint : site.touchpoints()) {
			String id = touchpoint.id();
			put(files, "checklists/" + id + ".html", "checklist.html.vm", site, "../", Map.of("tp", touchpoint));
			put(files, "checklists/" + id + ".md", "checklist.md.vm", site, "../", Map.of("tp", touchpoint));
		}
		for (JourneyMap map : site.maps()) {
			put(files, "journeys/" + map.journey().id() + ".svg", "journey.svg.vm", site, "../",
					Map.of("map", map, "embedded", false));
		}
		return files;
	}

	/** The page that links several specs generated together ({@code generate --each}). */
	public String renderIndexOfSpecs(List<SpecEntry> specs) {
		Map<String, Object> variables = common("");
		variables.put("specs", specs);
		return templates.render("specs.html.vm", variables, Escaping.MARKUP);
	}

	/** One spec in the page of several: its folder name under the output folder and its brand. */
	public record SpecEntry(String folder, String brand, String promise, int touchpoints, int playbooks) {
	}

	private void put(Map<String, String> files, String path, String template, Site site, String root,
			Map<String, Object> extra) {
		Map<String, Object> variables = common(root);
		variables.put("site", site);
		variables.put("brand", site.brand());
		variables.put("report", site.report());
		variables.putAll(extra);
		files.put(path, templates.render(template, variables, Escaping.forPath(path)));
	}

	private Map<String, Object> common(String root) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("l", labels);
		variables.put("root", root);
		variables.put("version", CxspecVersion.VERSION);
		variables.put("embedded", true);
		return variables;
	}
}
