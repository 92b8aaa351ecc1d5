package org.cxspec.generator.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cxspec.cxspec.Actor;
import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Declaration;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Metric;
import org.cxspec.cxspec.Model;
import org.cxspec.cxspec.Value;
import org.cxspec.generator.view.Elements.Touchpoint;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;

/**
 * Builds the view of a whole spec from its loaded model and its findings: the only step of
 * generation that reads EMF. Declarations keep the order of the files and of the text.
 */
public final class SiteBuilder {

	private SiteBuilder() {
	}

	/**
	 * @param root the folder or file the spec was given as; finding paths are shown relative to it,
	 *             so that documents do not depend on where the tool ran
	 */
	public static Site build(LoadedSpec spec, List<Finding> findings, Path root, Locale locale) {
		List<Declaration> declarations = new ArrayList<>();
		for (Model model : spec.models()) {
			declarations.addAll(model.getDeclarations());
		}
		ElementViews views = new ElementViews();
		Brand brand = null;
		List<Elements.Journey> journeys = new ArrayList<>();
		List<Elements.Metric> metrics = new ArrayList<>();
		List<Elements.Actor> actors = new ArrayList<>();
		List<Elements.Programme> programmes = new ArrayList<>();
		List<Elements.Loop> loops = new ArrayList<>();
		for (Declaration declaration : declarations) {
			if (declaration instanceof Brand found && brand == null) {
				brand = found;
			} else if (declaration instanceof Journey journey) {
				journeys.add(views.journey(journey));
			} else if (declaration instanceof Metric metric) {
				metrics.add(views.metric(metric));
			} else if (declaration instanceof Actor actor) {
				actors.add(ElementViews.actor(actor));
			} else if (declaration instanceof CoCreation programme) {
				programmes.add(ElementViews.programme(programme));
			} else if (declaration instanceof ClosedLoop loop) {
				loops.add(ElementViews.loop(loop));
			}
		}
		// Values and expectations list the touchpoints that use them: read after the journeys.
		List<Elements.Value> values = declarations.stream().filter(Value.class::isInstance)
				.map(value -> views.value((Value) value)).toList();
		List<Elements.Segment> segments = declarations.stream().filter(Customer.class::isInstance)
				.map(customer -> views.segment((Customer) customer)).toList();
		List<Touchpoint> touchpoints = journeys.stream().flatMap(journey -> journey.stages().stream())
				.flatMap(stage -> stage.touchpoints().stream()).toList();
		List<Playbook> playbooks = Playbooks.of(actors, journeys, programmes, loops);
		List<JourneyMap> maps = journeys.stream().map(JourneyMaps::layout).toList();
		Report report = Reports.of(views.brand(brand), values, segments, touchpoints, actors, playbooks, programmes,
				loops, findings, root, locale);
		return new Site(views.brand(brand), values, segments, List.copyOf(metrics), List.copyOf(actors),
				List.copyOf(journeys), touchpoints, List.copyOf(programmes), List.copyOf(loops), playbooks, maps, report);
	}
}
