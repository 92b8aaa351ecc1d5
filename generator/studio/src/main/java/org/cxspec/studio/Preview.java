package org.cxspec.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxspec.cxspec.Touchpoint;
import org.cxspec.generator.site.SiteRenderer;
import org.cxspec.generator.site.Templates;
import org.cxspec.generator.view.JourneyMap;
import org.cxspec.generator.view.Playbook;
import org.cxspec.generator.view.Site;
import org.cxspec.generator.view.SiteBuilder;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Injector;

/**
 * Renders the documents of the spec as the editor holds it, exactly as {@code cxspec generate}
 * would (same loader, checks, view and templates), into memory. Also says where each touchpoint
 * and finding is written, so that a click in the preview can move the editor there.
 */
final class Preview {

	private final SpecLoader loader;
	private final SpecChecker checker;
	private final SiteRenderer renderer;
	private final Locale locale;
	private final Path root;

	Preview(Injector language, Path root, Locale locale) {
		this.loader = language.getInstance(SpecLoader.class);
		this.checker = language.getInstance(SpecChecker.class);
		this.renderer = new SiteRenderer(new Templates(null), locale);
		this.locale = locale;
		this.root = root;
	}

	/**
	 * One state of the spec, ready to render: its view, what to list in the picker, and source
	 * positions. Documents are rendered when asked for, one at a time ({@link #document}): a spec
	 * of a thousand touchpoints has two thousand documents, and the page shows one.
	 */
	record Rendered(Site site, List<Entry> documents, Map<String, Place> places, int errors) {
	}

	/** A document shown in the picker: its path, kind (journey, playbook, checklist, report, index) and title. */
	record Entry(String path, String kind, String title) {
	}

	/** Where something is written: a file relative to the spec folder, 1-based line and column. */
	record Place(String file, int line, int column) {
	}

	/** The loader is not thread-safe across resource sets of one injector's singletons; one rendering at a time. */
	synchronized Rendered render(Map<Path, String> texts) {
		LoadedSpec loaded = loader.loadTexts(texts);
		List<Finding> findings = checker.check(loaded);
		Site site = SiteBuilder.build(loaded, findings, root, locale);
		int errors = (int) findings.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
		return new Rendered(site, entries(site), places(loaded, findings), errors);
	}

	/** One document, rendered by the same renderer and templates as {@code generate}; null if the site has none at {@code path}. */
	String document(Site site, String path) {
		return renderer.render(site, path).orElse(null);
	}

	// Where SiteRenderer puts each document.
	private static String journey(JourneyMap map) {
		return "journeys/" + map.journey().id() + ".svg";
	}

	private static String playbook(Playbook playbook) {
		return "playbooks/" + playbook.actor().id() + ".html";
	}

	private static String checklist(org.cxspec.generator.view.Elements.Touchpoint touchpoint) {
		return "checklists/" + touchpoint.id() + ".html";
	}

	private static List<Entry> entries(Site site) {
		List<Entry> entries = new ArrayList<>();
		for (JourneyMap map : site.maps()) {
			entries.add(new Entry(journey(map), "journey", map.journey().name()));
		}
		for (Playbook playbook : site.playbooks()) {
			entries.add(new Entry(playbook(playbook), "playbook", playbook.actor().name()));
		}
		site.touchpoints().forEach(touchpoint -> entries.add(new Entry(checklist(touchpoint), "checklist", touchpoint.name())));
		entries.add(new Entry("report.html", "report", ""));
		entries.add(new Entry("index.html", "index", ""));
		return entries;
	}

	/**
	 * Keys: "touchpoint:" + the card's title (its description) and "finding:" + how the report
	 * shows a finding's place ({@code file:line:column}).
	 */
	private Map<String, Place> places(LoadedSpec loaded, List<Finding> findings) {
		Map<String, Place> places = new LinkedHashMap<>();
		for (Resource resource : loaded.resources()) {
			String file = relative(loaded.fileOf(resource));
			resource.getAllContents().forEachRemaining(object -> {
				if (object instanceof Touchpoint touchpoint && touchpoint.getDescription() != null) {
					places.putIfAbsent("touchpoint:" + touchpoint.getDescription(), place(file, touchpoint));
				}
			});
		}
		for (Finding finding : findings) {
			String shown = root.relativize(finding.file()).toString().replace('\\', '/');
			places.putIfAbsent("finding:" + shown + ":" + finding.line() + ":" + finding.column(),
					new Place(relative(finding.file()), finding.line(), finding.column()));
		}
		return places;
	}

	private static Place place(String file, EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? new Place(file, 1, 1) : new Place(file, node.getStartLine(), 1);
	}

	private String relative(Path file) {
		return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}
}
