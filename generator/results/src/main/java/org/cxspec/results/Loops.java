package org.cxspec.results;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.cxspec.cxspec.Actor;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.Comparison;
import org.cxspec.cxspec.Trigger;
import org.cxspec.model.Specs;

/**
 * The spec's closed loops applied to each answer: {@code when Metric above/below N} makes an
 * answer a follow-up for the loop's owners, due {@code respond within} after it was given,
 * unless the export or the team's follow-up log says it was followed up already.
 */
final class Loops implements Consumer<Answer> {

	private record Rule(ClosedLoop loop, boolean above, double threshold, Duration within) {
		boolean triggeredBy(double score) {
			return above ? score > threshold : score < threshold;
		}
	}

	private final Map<String, List<Rule>> byMetric = new HashMap<>();
	private final FollowUpLog log;
	final List<Answer> triggered = new ArrayList<>();
	final List<Duration> within = new ArrayList<>();
	final List<ClosedLoop> loopOf = new ArrayList<>();
	long alreadyFollowedUp;

	Loops(SpecNames names, FollowUpLog log) {
		this.log = log;
		for (ClosedLoop loop : names.loops) {
			if (loop.getResponses().isEmpty() || loop.getName() == null) {
				continue; // without a response time nothing is ever due; the spec's own rule says so
			}
			Duration within = Duration.ofHours(Specs.hours(loop.getResponses().get(0)));
			for (Trigger trigger : loop.getTriggers()) {
				if (trigger.getMetric() != null && !trigger.getMetric().eIsProxy() && trigger.getThreshold() != null) {
					byMetric.computeIfAbsent(trigger.getMetric().getName(), key -> new ArrayList<>()).add(new Rule(loop,
							trigger.getComparison() == Comparison.ABOVE, trigger.getThreshold().doubleValue(), within));
				}
			}
		}
	}

	boolean any() {
		return !byMetric.isEmpty();
	}

	@Override
	public void accept(Answer answer) {
		List<Rule> rules = byMetric.get(answer.measure().name());
		if (rules == null) {
			return;
		}
		for (Rule rule : rules) {
			if (rule.triggeredBy(answer.score())) {
				if (answer.followedUp() || log.covers(answer.respondent(), answer.when().instant())) {
					alreadyFollowedUp++;
				} else {
					triggered.add(answer);
					within.add(rule.within());
					loopOf.add(rule.loop());
				}
			}
		}
	}

	List<String> owners(int index) {
		return loopOf.get(index).getOwners().stream().filter(owner -> !owner.eIsProxy()).map(Actor::getName).toList();
	}
}
