package org.cxspec.results;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.config.ProjectConfig;
import org.cxspec.config.ResponsesMapping;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CxspecPackage;
import org.cxspec.linking.Similarity;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.results.Problems.Place;
import org.cxspec.results.Problems.Unknown;
import org.cxspec.rules.Rule;
import org.cxspec.suppression.Suppression;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * The results rules, as findings like every other rule: at the spec element they concern (a
 * metric off target, a stated current the data contradicts, a loop with overdue follow-ups) or
 * at the place in the export (a rejected row, a name the spec does not have). Severities come
 * from the project configuration; a rule switched off reports nothing. No finding carries
 * respondent data: they end up in SARIF and CI logs.
 */
final class ResultsFindings {

	private final LoadedSpec spec;
	private final ProjectConfig config;
	private final List<Finding> findings = new ArrayList<>();

	private final CommentSuppressions suppressions;

	ResultsFindings(LoadedSpec spec, ProjectConfig config) {
		this.spec = spec;
		this.config = config;
		this.suppressions = new CommentSuppressions(spec.resources());
	}

	List<Finding> all() {
		for (Map.Entry<CommentSuppressions.Written, Rule> unused : suppressions.unused()) {
			Suppression at = unused.getKey().suppression();
			Path file = spec.fileOf(unused.getKey().resource());
			Severity severity = config.severityOf(Rule.UNUSED_SUPPRESSION, file);
			if (severity != Severity.IGNORE) {
				findings.add(new Finding(file, at.line(), at.column(), at.line(), at.column() + at.length(), at.offset(), at.length(),
						severity, Rule.UNUSED_SUPPRESSION.id(), "Suppression of " + unused.getValue().id() + " silences nothing"
								+ (at.targetLine() == 0 ? " (no element starts on the line right below it)" : " in these answers")
								+ ": remove it."));
			}
		}
		findings.sort(Finding.READING_ORDER);
		return findings;
	}

	void measures(List<Card> cards, SpecNames names, ResponsesMapping mapping) {
		for (Card card : cards) {
			Measure measure = names.measures.get(card.name());
			if (!card.overall().hasValue()) {
				continue;
			}
			String what = (card.expectation() ? "Expectation " : "Metric ") + card.name();
			String answers = card.overall().answers() + " answers";
			if (card.status() == Card.Status.OFF_TARGET) {
				atElement(Rule.METRIC_OFF_TARGET, measure.element(), what + " measures " + card.overall().text() + " against target "
						+ card.target() + " (" + answers + worst(card) + "): look at what its touchpoints do, or at the target.");
			}
			if (measure.current() != null && contradicts(measure, card.overall(), mapping.currentTolerancePercent())) {
				atElement(Rule.CURRENT_CONTRADICTED, measure.element(), what + " states " + (card.expectation() ? "scored " : "current ")
						+ card.current() + ", but the answers say " + card.overall().text() + " (" + answers
						+ "): update it to what customers say today.");
			}
		}
	}

	private static String worst(Card card) {
		return card.byTouchpoint().stream().filter(group -> group.status() == Card.Status.OFF_TARGET)
				.min((a, b) -> Double.compare(card.lowerIsBetter() ? -a.score().value() : a.score().value(),
						card.lowerIsBetter() ? -b.score().value() : b.score().value()))
				.map(group -> "; furthest off at " + group.name() + ": " + group.score().valueText()).orElse("");
	}

	/** Further from the stated figure than both the margin of error and the tolerance (a share of the scale's range). */
	private static boolean contradicts(Measure measure, Score score, int tolerancePercent) {
		double difference = Math.abs(score.value() - measure.current());
		double range = measure.scale().bounded() ? measure.scale().highestFigure() - measure.scale().lowestFigure() : 0;
		double margin = Double.isNaN(score.margin()) ? 0 : score.margin();
		return difference > margin && difference > range * tolerancePercent / 100.0;
	}

	void problems(Problems problems) {
		for (Place place : problems.rejected) {
			atPlace(Rule.RESPONSE_REJECTED, place, "Row not used: " + place.message() + ".");
		}
		for (Unknown unknown : problems.unknown.values()) {
			List<String> known = switch (unknown.kind) {
			case "touchpoint" -> List.copyOf(namesOf.getOrDefault("touchpoint", List.of()));
			case "customer segment" -> List.copyOf(namesOf.getOrDefault("segment", List.of()));
			default -> List.copyOf(namesOf.getOrDefault("metric", List.of()));
			};
			List<String> close = Similarity.closest(unknown.name, known, 1);
			atPlace(Rule.UNKNOWN_IN_RESPONSES, unknown.first, "Answers name " + unknown.kind + " '" + ResponsesReader.shorten(unknown.name)
					+ "', which the spec does not have (" + unknown.count + (unknown.count == 1 ? " answer" : " answers") + ")"
					+ (close.isEmpty() ? ": correct the export or its mapping, or add it to the spec."
							: ": did you mean " + close.get(0) + "?"));
		}
	}

	private final Map<String, List<String>> namesOf = new LinkedHashMap<>();

	void knowNames(SpecNames names) {
		namesOf.put("touchpoint", List.copyOf(names.touchpoints.keySet()));
		namesOf.put("segment", List.copyOf(names.segments.keySet()));
		namesOf.put("metric", List.copyOf(names.measures.keySet()));
	}

	void overdue(List<FollowUp> followUps, SpecNames names) {
		Map<String, long[]> perLoop = new LinkedHashMap<>();
		Map<String, Instant> oldest = new LinkedHashMap<>();
		for (FollowUp followUp : followUps) {
			if (followUp.overdue()) {
				perLoop.computeIfAbsent(followUp.loop(), key -> new long[1])[0]++;
				oldest.merge(followUp.loop(), followUp.due(), (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		for (ClosedLoop loop : names.loops) {
			long[] count = perLoop.get(loop.getName());
			if (count != null) {
				atElement(Rule.FOLLOW_UP_OVERDUE, loop, "Closed loop " + loop.getName() + " has overdue follow-ups (" + count[0]
						+ ", the oldest due " + ResultsFormat.time(oldest.get(loop.getName())) + "): its owner"
						+ " should contact these customers now; `cxspec results` lists them.");
			}
		}
	}

	void age(Instant newest, Instant now, ResponsesMapping mapping, List<Path> files) {
		if (newest == null || mapping.maximumAgeDays() <= 0 || files.isEmpty()) {
			return;
		}
		long days = Duration.between(newest, now).toDays();
		if (days > mapping.maximumAgeDays()) {
			atPlace(Rule.RESPONSES_OUTDATED, new Place(files.get(0), 1, 1, ""), "The newest answer is " + days + " days old ("
					+ ResultsFormat.time(newest) + "), more than the " + mapping.maximumAgeDays() + " days allowed (maximum-age-days):"
					+ " export fresh results.");
		}
	}

	private void atElement(Rule rule, EObject element, String message) {
		Path file = spec.fileOf(element.eResource());
		Severity severity = config.severityOf(rule, file);
		if (severity == Severity.IGNORE || suppressions.silences(rule, element)) {
			return;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, CxspecPackage.Literals.DECLARATION__NAME);
		if (nodes.isEmpty() && element.eClass().getEStructuralFeature("name") != null) {
			nodes = NodeModelUtils.findNodesForFeature(element, element.eClass().getEStructuralFeature("name"));
		}
		INode node = nodes.isEmpty() ? NodeModelUtils.getNode(element) : nodes.get(0);
		int line = 1;
		int column = 1;
		int offset = 0;
		int length = 0;
		if (node != null) {
			LineAndColumn start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
			line = start.getLine();
			column = start.getColumn();
			offset = node.getOffset();
			length = node.getLength();
		}
		findings.add(new Finding(file, line, column, line, column + length, offset, length, severity, rule.id(), message));
	}

	private void atPlace(Rule rule, Place place, String message) {
		Severity severity = config.severityOf(rule, place.file()); // paths: globs may name exports too
		if (severity != Severity.IGNORE) {
			int line = (int) Math.min(Integer.MAX_VALUE, place.line());
			findings.add(new Finding(place.file(), line, place.column(), line, place.column(), 0, 0, severity, rule.id(), message));
		}
	}
}
