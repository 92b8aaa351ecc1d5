package org.cxspec.generator.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.cxspec.generator.CxspecVersion;
import org.cxspec.generator.view.JourneyMap;
import org.cxspec.generator.view.Measures;
import org.cxspec.generator.view.TrendCharts;
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

	/**
	 * Paths use '/', relative to the output folder; sorted, so output order never varies.
	 * Documents are independent, so they render in parallel; a template problem is reported for
	 * the first document in path order, whichever thread met it first.
	 */
	public SortedMap<String, String> render(Site site) {
		return render(site, (Measures) null);
	}

	/**
	 * As {@link #render(Site)}, with survey figures ({@code generate --responses}) available to
	 * every template as {@code $measures} (and the report's trend charts as {@code $charts}); each
	 * owner's follow-up worklist is written only when {@code measures} holds one.
	 */
	public SortedMap<String, String> render(Site site, Measures measures) {
		List<Document> documents = new ArrayList<>();
		documents.add(new Document("index.html", "index.html.vm", "", Map.of()));
		documents.add(new Document("report.html", "report.html.vm", "", Map.of()));
		documents.add(new Document("report.md", "report.md.vm", "", Map.of()));
		documents.add(new Document("report.json", "report.json.vm", "", Map.of()));
		for (Playbook playbook : site.playbooks()) {
			String id = playbook.actor().id();
			documents.add(new Document("playbooks/" + id + ".html", "playbook.html.vm", "../", Map.of("playbook", playbook)));
			documents.add(new Document("playbooks/" + id + ".md", "playbook.md.vm", "../", Map.of("playbook", playbook)));
		}
		for (Touchpoint touchpoint : site.touchpoints()) {
			String id = touchpoint.id();
			documents.add(new Document("checklists/" + id + ".html", "checklist.html.vm", "../", Map.of("tp", touchpoint)));
			documents.add(new Document("checklists/" + id + ".md", "checklist.md.vm", "../", Map.of("tp", touchpoint)));
		}
		for (JourneyMap map : site.maps()) {
			documents.add(new Document("journeys/" + map.journey().id() + ".svg", "journey.svg.vm", "../",
					Map.of("map", map, "embedded", false)));
		}
		if (measures != null) {
			documents.replaceAll(document -> document.with(measures));
			for (String owner : measures.followUps().keySet()) {
				documents.add(new Document("follow-ups/" + owner + ".html", "follow-ups.html.vm", "../",
						Map.of("owner", owner, "tasks", measures.followUps().get(owner), "measures", measures)));
			}
		}
		Map<String, Object> results = documents.parallelStream().collect(Collectors.toConcurrentMap(Document::path,
				document -> {
					try {
						return render(site, document);
					} catch (TemplateProblem problem) {
						return problem;
					}
				}));
		SortedMap<String, String> files = new TreeMap<>();
		for (Map.Entry<String, Object> result : new TreeMap<>(results).entrySet()) {
			if (result.getValue() instanceof TemplateProblem problem) {
				throw problem;
			}
			files.put(result.getKey(), (String) result.getValue());
		}
		return files;
	}

	/** One document to write: where, with which template, its root prefix for links and its own variables. */
	private record Document(String path, String template, String root, Map<String, Object> extra) {
		Document with(Measures measures) {
			Map<String, Object> more = new HashMap<>(extra);
			more.put("measures", measures);
			more.put("charts", TrendCharts.of(measures));
			return new Document(path, template, root, more);
		}
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

	private String render(Site site, Document document) {
		Map<String, Object> variables = common(document.root());
		variables.put("site", site);
		variables.put("brand", site.brand());
		variables.put("report", site.report());
		variables.putAll(document.extra());
		return templates.render(document.template(), variables, Escaping.forPath(document.path()));
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
