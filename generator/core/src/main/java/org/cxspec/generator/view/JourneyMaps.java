package org.cxspec.generator.view;

import java.util.ArrayList;
import java.util.List;

import org.cxspec.generator.view.Elements.Journey;
import org.cxspec.generator.view.Elements.Stage;
import org.cxspec.generator.view.Elements.Touchpoint;
import org.cxspec.generator.view.JourneyMap.Card;
import org.cxspec.generator.view.JourneyMap.Column;
import org.cxspec.generator.view.JourneyMap.Line;

/**
 * Lays a journey out on a grid readable at A4 landscape: fixed-width columns, text wrapped by
 * an average character width of the system sans-serif fonts (no font is embedded or fetched).
 */
final class JourneyMaps {

	static final int MARGIN = 24;
	static final int TOP = 96;
	static final int COLUMN = 250;
	static final int GAP = 14;
	static final int PAD = 12;
	static final int LINE = 17;
	static final int TITLE_LINE = 19;
	/** Characters per line: card titles are bold 14px, the rest 12.5px. */
	static final int TITLE_CHARS = 26;
	static final int TEXT_CHARS = 34;
	static final int LEGEND = 44;

	private JourneyMaps() {
	}

	static JourneyMap layout(Journey journey) {
		return layout(journey, null);
	}

	/** As {@link #layout(Journey)}, with measured scores on the cards and a line of feelings when {@code measures} has them. */
	static JourneyMap layout(Journey journey, Measures measures) {
		List<Column> columns = new ArrayList<>();
		int bottom = TOP;
		int x = MARGIN;
		for (Stage stage : journey.stages()) {
			List<Line> header = new ArrayList<>();
			int y = TOP + PAD + 4;
			for (String text : Wrap.lines(stage.name(), TITLE_CHARS)) {
				y += TITLE_LINE;
				header.add(new Line("stage", text, x + PAD, y - 5));
			}
			int headerHeight = y - TOP + PAD - 4;
			int cardY = TOP + headerHeight + GAP;
			List<Card> cards = new ArrayList<>();
			for (Touchpoint touchpoint : stage.touchpoints()) {
				Card card = card(touchpoint, x, cardY, measures);
				cards.add(card);
				cardY += card.height() + GAP;
			}
			columns.add(new Column(new Ref(stage.id(), stage.name()), x, TOP, COLUMN, headerHeight, header, cards));
			bottom = Math.max(bottom, cardY);
			x += COLUMN + GAP;
		}
		int width = Math.max(x - GAP + MARGIN, 4 * (COLUMN + GAP) + MARGIN);
		JourneyMap.Feeling feeling = measures == null || !measures.feelings().containsKey(journey.id()) ? null
				: feeling(measures.feelings().get(journey.id()), columns, bottom + 8);
		int legendY = feeling == null ? bottom + 8 : feeling.y() + feeling.height() + 8;
		return new JourneyMap(new Ref(journey.id(), journey.name()), journey.customers(),
				subtitle(journey, width), width, legendY + LEGEND, columns, legendY, feeling);
	}

	static final int FEELING_HEIGHT = 130;

	/** The line of feelings: one point per stage, at the centre of its column; stages with too few answers leave a gap. */
	private static JourneyMap.Feeling feeling(List<Measures.Point> points, List<Column> columns, int top) {
		List<Line> labels = new ArrayList<>();
		labels.add(new Line("feeling-title", "", MARGIN + PAD, top + 22));
		List<String> segments = new ArrayList<>();
		StringBuilder polyline = new StringBuilder();
		int plotTop = top + 48;
		int plotBottom = top + FEELING_HEIGHT - 14;
		for (int i = 0; i < columns.size() && i < points.size(); i++) {
			int x = columns.get(i).x() + COLUMN / 2;
			Measures.Point point = points.get(i);
			if (point.share() < 0) {
				labels.add(new Line("feeling-few", "", x, (plotTop + plotBottom) / 2));
				if (polyline.length() > 0) {
					segments.add(polyline.toString().strip());
					polyline.setLength(0);
				}
				continue;
			}
			int y = (int) Math.round(plotBottom - point.share() * (plotBottom - plotTop));
			polyline.append(x).append(',').append(y).append(' ');
			labels.add(new Line("feeling-point", point.value(), x, y));
		}
		if (polyline.length() > 0) {
			segments.add(polyline.toString().strip());
		}
		int right = columns.isEmpty() ? MARGIN : columns.get(columns.size() - 1).x() + COLUMN;
		return new JourneyMap.Feeling(top, FEELING_HEIGHT, MARGIN, right, List.copyOf(segments), labels);
	}

	/**
	 * Whose journey it is, wrapped to the width of the map (the template puts a short kicker
	 * before the first line, so that line is kept shorter); at most two lines fit above the columns.
	 */
	private static List<Line> subtitle(Journey journey, int width) {
		String customers = journey.customers().stream().map(ref -> ref.name().isEmpty() ? ref.id() : ref.name())
				.reduce((a, b) -> a + ", " + b).orElse("");
		int chars = (width - 2 * MARGIN) * 10 / 75;
		List<String> texts = new ArrayList<>(Wrap.lines(customers, chars - 45));
		if (texts.size() > 2) {
			String rest = String.join(" ", texts.subList(1, texts.size()));
			texts = new ArrayList<>(List.of(texts.get(0), rest.length() > chars ? rest.substring(0, chars - 1) + "…" : rest));
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			lines.add(new Line("subtitle", texts.get(i), MARGIN, 60 + i * 18));
		}
		return lines;
	}

	private static Card card(Touchpoint touchpoint, int x, int top, Measures measures) {
		List<Line> lines = new ArrayList<>();
		int left = x + PAD;
		int y = top + PAD;
		for (String text : Wrap.lines(touchpoint.name(), TITLE_CHARS)) {
			y += TITLE_LINE;
			lines.add(new Line("title", text, left, y - 4));
		}
		if (!touchpoint.channels().isEmpty()) {
			y += LINE;
			lines.add(new Line("channel", String.join(", ", touchpoint.channels()), left, y - 3));
		}
		if (touchpoint.differentiating() || touchpoint.momentOfTruth()) {
			y += LINE + 6;
			lines.add(new Line("markers", "", left, y - 6));
		}
		y += LINE + 2;
		lines.add(new Line("counts", "", left, y - 3));
		y = block(lines, "values", touchpoint.delivers(), left, y);
		y = block(lines, "staff", touchpoint.staffedBy(), left, y);
		if (measures != null && !measures.badgesOf(touchpoint.id()).isEmpty()) {
			y += LINE + 4;
			lines.add(new Line("measured-label", "", left, y - 3));
			for (Measures.Badge badge : measures.badgesOf(touchpoint.id())) {
				y += LINE;
				String text = badge.state().equals("few") ? badge.metric()
						: badge.metric() + " " + badge.value() + (badge.target().isEmpty() ? "" : " / " + badge.target());
				lines.add(new Line("measured-" + badge.state(), text, left + 14, y - 3));
			}
		}
		return new Card(new Ref(touchpoint.id(), touchpoint.name()), x, top, COLUMN, y - top + PAD,
				touchpoint.differentiating(), touchpoint.momentOfTruth(), touchpoint.tights().size(),
				touchpoint.looses().size(), List.copyOf(lines));
	}

	/** A small heading and one wrapped entry per value or person; returns the new baseline. */
	private static int block(List<Line> lines, String kind, List<Ref> entries, int left, int y) {
		if (entries.isEmpty()) {
			return y;
		}
		y += LINE + 4;
		lines.add(new Line(kind + "-label", "", left, y - 3));
		for (Ref entry : entries) {
			boolean first = true;
			for (String text : Wrap.lines(entry.name().isEmpty() ? entry.id() : entry.name(), TEXT_CHARS - 2)) {
				y += LINE;
				lines.add(new Line(first ? kind : kind + "-more", text, left + 10, y - 3));
				first = false;
			}
		}
		return y;
	}
}
