package org.cxspec.generator.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
		return render(site, Addition.NONE);
	}

	/**
	 * What another module adds to the documents, without the renderer knowing it: variables for
	 * every document, variables for some documents by path, and documents of their own (path to
	 * template). {@code generate --since} adds "What's new" to playbooks and a change page this way.
	 */
	public record Addition(Map<String, Object> everywhere, Map<String, Map<String, Object>> byPath, Map<String, String> documents) {
		public static final Addition NONE = new Addition(Map.of(), Map.of(), Map.of());

		/** Both additions: {@code generate --since} and {@code --responses} together. */
		public Addition plus(Addition other) {
			Map<String, Object> all = new HashMap<>(everywhere);
			all.putAll(other.everywhere);
			Map<String, Map<String, Object>> paths = new HashMap<>(byPath);
			other.byPath.forEach((path, variables) -> paths.merge(path, variables, (a, b) -> {
				Map<String, Object> merged = new HashMap<>(a);
				merged.putAll(b);
				return merged;
			}));
			Map<String, String> more = new HashMap<>(documents);
			more.putAll(other.documents);
			return new Addition(all, paths, more);
		}

		/**
		 * Survey figures ({@code generate --responses}) for every template as {@code $measures} (and
		 * the report's trend charts as {@code $charts}); each owner's follow-up worklist is a
		 * document only when {@code measures} holds one.
		 */
		public static Addition measured(Measures measures) {
			Map<String, Map<String, Object>> byPath = new HashMap<>();
			Map<String, String> documents = new HashMap<>();
			measures.followUps().forEach((owner, tasks) -> {
				String path = "follow-ups/" + owner + ".html";
				documents.put(path, "follow-ups.html.vm");
				byPath.put(path, Map.of("owner", owner, "tasks", tasks));
			});
			return new Addition(Map.of("measures", measures, "charts", TrendCharts.of(measures)), byPath, documents);
		}
	}

	/** As {@link #render(Site)}, with what {@code addition} adds. */
	public SortedMap<String, String> render(Site site, Addition addition) {
		List<Document> documents = documents(site, addition);
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

	/**
	 * The one document at {@code path}, exactly as {@link #render(Site)} renders it, without
	 * rendering the others (the studio shows one document of thousands); empty if there is none.
	 */
	public Optional<String> render(Site site, String path) {
		return documents(site, Addition.NONE).stream().filter(document -> document.path().equals(path)).findFirst()
				.map(document -> render(site, document));
	}

	/** Every document of {@code site}: where, from which template, with which variables. */
	private static List<Document> documents(Site site, Addition addition) {
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
		addition.documents().forEach((path, template) -> documents.add(new Document(path, template,
				"../".repeat((int) path.chars().filter(c -> c == '/').count()), Map.of())));
		for (int i = 0; i < documents.size(); i++) {
			Document document = documents.get(i);
			Map<String, Object> extra = new HashMap<>(addition.everywhere());
			extra.putAll(addition.byPath().getOrDefault(document.path(), Map.of()));
			extra.putAll(document.extra());
			documents.set(i, new Document(document.path(), document.template(), document.root(), extra));
		}
		return documents;
	}

	/** One document to write: where, with which template, its root prefix for links and its own variables. */
	private record Document(String path, String template, String root, Map<String, Object> extra) {
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
