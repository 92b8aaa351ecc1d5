package org.cxspec.generator.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cxspec.generator.view.Measures.Point;
import org.cxspec.generator.view.Measures.Trend;

/**
 * The geometry of a trend line (a small inline SVG per metric in the report): worked out here so
 * the template only places what it is given. Periods with too few answers leave a gap.
 */
public final class TrendCharts {

	static final int WIDTH = 640;
	static final int HEIGHT = 180;
	static final int LEFT = 48;
	static final int RIGHT = 40;
	static final int TOP = 16;
	static final int BOTTOM = 34;

	/** A drawn chart: line segments (as SVG points lists), dots with their figures, period ticks and the target line. */
	public record Chart(Trend trend, int width, int height, List<String> segments, List<Dot> dots, List<Tick> ticks,
			int targetY, int axisTop, int axisBottom, int left, int right) {
	}

	public record Dot(int x, int y, String value) {
	}

	public record Tick(int x, String label) {
	}

	private TrendCharts() {
	}

	public static List<Chart> of(Measures measures) {
		return measures == null ? List.of() : measures.trends().stream().map(TrendCharts::chart).toList();
	}

	static Chart chart(Trend trend) {
		List<Point> points = trend.points();
		int plotWidth = WIDTH - LEFT - RIGHT;
		int bottom = HEIGHT - BOTTOM;
		List<String> segments = new ArrayList<>();
		List<Dot> dots = new ArrayList<>();
		List<Tick> ticks = new ArrayList<>();
		StringBuilder segment = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			int x = LEFT + (points.size() == 1 ? plotWidth / 2 : i * plotWidth / (points.size() - 1));
			ticks.add(new Tick(x, points.get(i).label()));
			double share = points.get(i).share();
			if (share < 0) {
				if (segment.length() > 0) {
					segments.add(segment.toString().strip());
					segment.setLength(0);
				}
				continue;
			}
			int y = y(share, bottom);
			segment.append(String.format(Locale.ROOT, "%d,%d ", x, y));
			dots.add(new Dot(x, y, points.get(i).value()));
		}
		if (segment.length() > 0) {
			segments.add(segment.toString().strip());
		}
		int targetY = trend.targetShare() < 0 ? -1 : y(trend.targetShare(), bottom);
		return new Chart(trend, WIDTH, HEIGHT, segments, dots, ticks, targetY, TOP, bottom, LEFT, WIDTH - RIGHT);
	}

	private static int y(double share, int bottom) {
		return (int) Math.round(bottom - Math.max(0, Math.min(1, share)) * (bottom - TOP));
	}
}
