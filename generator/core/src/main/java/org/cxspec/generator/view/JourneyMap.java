package org.cxspec.generator.view;

import java.util.List;

/**
 * A journey laid out for drawing: stages as columns, touchpoints as cards. Geometry and line
 * wrapping are worked out in Java, so the SVG template only places what it is given.
 */
public record JourneyMap(Ref journey, List<Ref> customers, List<Line> subtitle, int width, int height,
		List<Column> columns, int legendY, Feeling feeling) {

	public JourneyMap(Ref journey, List<Ref> customers, List<Line> subtitle, int width, int height, List<Column> columns,
			int legendY) {
		this(journey, customers, subtitle, width, height, columns, legendY, null);
	}

	/**
	 * With survey results: a band below the stages with a line of how customers feel at each
	 * stage (0-100), as SVG polylines ({@code segments}: a stage with too few answers breaks the
	 * line); null without results.
	 */
	public record Feeling(int y, int height, int left, int right, List<String> segments, List<Line> labels) {
	}

	/** A stage: its header box and the cards below it. */
	public record Column(Ref stage, int x, int y, int width, int headerHeight, List<Line> header, List<Card> cards) {
	}

	public record Card(Ref touchpoint, int x, int y, int width, int height, boolean differentiating,
			boolean momentOfTruth, int tight, int loose, List<Line> lines) {
	}

	/**
	 * One line of text at an absolute baseline. {@code kind} tells the template how to draw it:
	 * "title", "stage", "channel", "value" and "staff" carry spec text; "markers", "counts",
	 * "values-label" and "staff-label" are drawn from labels.
	 */
	public record Line(String kind, String text, int x, int y) {
	}
}
