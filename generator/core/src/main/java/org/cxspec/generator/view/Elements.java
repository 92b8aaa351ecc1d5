package org.cxspec.generator.view;

import java.util.List;

/**
 * The elements of a spec as plain, immutable data for the templates. Absent text is the empty
 * string (templates test it with {@code #if}), absent numbers too; lists are never null.
 */
public final class Elements {

	private Elements() {
	}

	public record Brand(String id, String name, String promise, List<String> differentiatesFrom, List<Tight> tights,
			List<Loose> looses, List<String> backstage) {
	}

	/** A customer value; {@code drives} holds outcome words such as "retention". */
	public record Value(String id, String name, List<String> drives, List<Ref> deliveredBy) {
	}

	public record Segment(String id, String name, List<Expectation> expectations) {
	}

	/** {@code belowTarget}: scored and under its target, so the journey must close a gap. */
	public record Expectation(String id, String name, Ref segment, String score, String target, String scale,
			boolean scored, boolean belowTarget, List<Ref> addressedBy) {
	}

	/** {@code direction}: "higher", "lower" or "". */
	public record Metric(String id, String name, String current, String target, String direction) {
	}

	/**
	 * {@code kind}: "role" or "partner". {@code shortName} is how a playbook addresses its reader:
	 * the description up to its first colon ("Claims agent" of "Claims agent: owns a claim...").
	 */
	public record Actor(String id, String name, String shortName, String kind) {
	}

	public record Tight(String text, List<Ref> protects) {
	}

	public record Loose(String text, List<String> guardrails, List<String> examples) {
	}

	public record Journey(String id, String name, List<Ref> customers, List<Stage> stages, int touchpointCount) {
	}

	public record Stage(String id, String name, List<Touchpoint> touchpoints) {
	}

	public record Touchpoint(String id, String name, Ref journey, Ref stage, List<String> channels,
			boolean differentiating, boolean momentOfTruth, List<Ref> delivers, List<Ref> addresses, List<Ref> staffedBy,
			List<Metric> measuredBy, List<Tight> tights, List<Loose> looses, List<String> backstage) {
	}

	/** {@code metric} is null-free: an empty Ref when the goal names no metric. */
	public record Goal(String description, Ref metric, String target, String deadline) {
	}

	/** {@code type}: canonical words such as "creation with others", or "". */
	public record Programme(String id, String name, String type, List<Goal> goals, List<Ref> owners,
			List<Ref> customers, List<Ref> staff, List<String> methods, String communityRhythm, String businessRhythm,
			List<String> reportBack) {
	}

	/** Either a metric threshold ({@code comparison} "below"/"above") or a described event in {@code text}. */
	public record Trigger(String text, Ref metric, String comparison, String threshold) {
	}

	/** {@code unit}: as written ("hour", "hours", "minutes", "day"...); {@code hours} is -1 when no response time is set. */
	public record Loop(String id, String name, List<Trigger> triggers, String amount, String unit, long hours,
			List<Ref> owners) {
	}
}
