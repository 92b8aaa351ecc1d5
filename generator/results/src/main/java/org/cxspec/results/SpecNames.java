package org.cxspec.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Declaration;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Metric;
import org.cxspec.cxspec.Model;
import org.cxspec.cxspec.Stage;
import org.cxspec.cxspec.Touchpoint;

/** The names answers may use, looked up once from the whole model (all files given together). */
final class SpecNames {

	final Map<String, Measure> measures = new LinkedHashMap<>();
	final Map<String, Touchpoint> touchpoints = new LinkedHashMap<>();
	final Map<String, Customer> segments = new LinkedHashMap<>();
	final List<Journey> journeys = new ArrayList<>();
	final List<ClosedLoop> loops = new ArrayList<>();
	final List<CoCreation> programmes = new ArrayList<>();

	SpecNames(List<Model> models) {
		for (Model model : models) {
			for (Declaration declaration : model.getDeclarations()) {
				add(declaration);
			}
		}
	}

	private void add(Declaration declaration) {
		if (declaration.getName() == null) {
			return;
		}
		if (declaration instanceof Metric metric) {
			measures.putIfAbsent(metric.getName(), Measure.of(metric));
		} else if (declaration instanceof Customer customer) {
			segments.putIfAbsent(customer.getName(), customer);
			for (Expectation expectation : customer.getExpectations()) {
				if (expectation.getName() != null) {
					measures.putIfAbsent(expectation.getName(), Measure.of(expectation));
				}
			}
		} else if (declaration instanceof Journey journey) {
			journeys.add(journey);
			for (Stage stage : journey.getStages()) {
				for (Touchpoint touchpoint : stage.getTouchpoints()) {
					if (touchpoint.getName() != null) {
						touchpoints.putIfAbsent(touchpoint.getName(), touchpoint);
					}
				}
			}
		} else if (declaration instanceof ClosedLoop loop) {
			loops.add(loop);
		} else if (declaration instanceof CoCreation programme) {
			programmes.add(programme);
		}
	}
}
