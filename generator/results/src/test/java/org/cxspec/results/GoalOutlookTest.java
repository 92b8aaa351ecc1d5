package org.cxspec.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.cxspec.results.Card.Group;
import org.cxspec.results.GoalProjection.Outlook;
import org.cxspec.results.GoalProjection.Projection;
import org.junit.jupiter.api.Test;

/** Whether a co-creation goal is on track for its deadline, against figures worked out by hand. */
class GoalOutlookTest {

	private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	private static List<Group> months(double... values) {
		String[] names = { "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11" };
		int first = names.length - values.length;
		return java.util.stream.IntStream.range(0, values.length)
				.mapToObj(i -> new Group(names[first + i], new Score(50, values[i], 0.1, false), Card.Status.OFF_TARGET)).toList();
	}

	@Test
	void aStraightLineThroughTheLastPeriodsReadOffAtTheDeadline() {
		// 3.6, 3.4, 3.2 in Sep, Oct, Nov (mid-month): -0.2 a month; the end of 2027-Q1 is 5.5 months after mid-October:
		// 3.4 - 0.2 * 5.5 = 2.3, short of the target 2 (lower is better)
		Projection offTrack = GoalProjection.of(months(3.6, 3.4, 3.2), 2.0, true, false, "2027-Q1", NOW, 1, 7);
		assertEquals(Outlook.OFF_TRACK, offTrack.outlook());
		assertEquals(2.3, offTrack.projected(), 1e-9);
		assertEquals(3, offTrack.periods());
		// the same fall with a target of 2.5 is on track
		assertEquals(Outlook.ON_TRACK, GoalProjection.of(months(3.6, 3.4, 3.2), 2.5, true, false, "2027-Q1", NOW, 1, 7).outlook());
	}

	@Test
	void onlyTheLastSixPeriodsCountAndTheFigureStaysOnTheScale() {
		// rising 10 points a month from 0 (NPS): at the end of December 2027 the line is far above 100; it is held at 100
		Projection rising = GoalProjection.of(months(0, 10, 20, 30, 40, 50), 60.0, false, false, "2027-12", NOW, -100, 100);
		assertEquals(Outlook.ON_TRACK, rising.outlook());
		assertEquals(100, rising.projected(), 1e-9);
		assertEquals(6, rising.periods());
	}

	@Test
	void noOutlookFromTooFewPeriodsOrAnUndatedDeadline() {
		Projection two = GoalProjection.of(months(3.6, 3.4), 2.0, true, false, "2027-Q1", NOW, 1, 7);
		assertEquals(Outlook.UNKNOWN, two.outlook());
		assertTrue(Double.isNaN(two.projected()));
		assertEquals("too few periods with enough answers", two.why());
		assertEquals(Outlook.UNKNOWN, GoalProjection.of(months(3.6, 3.4, 3.2), 2.0, true, false, "next spring", NOW, 1, 7).outlook());
	}

	@Test
	void reachedAndMissedNeedNoLine() {
		assertEquals(Outlook.REACHED, GoalProjection.of(months(3.6, 3.4, 1.9), 2.0, true, true, "2027-Q1", NOW, 1, 7).outlook());
		assertEquals(Outlook.MISSED, GoalProjection.of(months(3.6, 3.4, 3.2), 2.0, true, false, "2026-10-31", NOW, 1, 7).outlook());
	}

	@Test
	void deadlinesAndPeriodsAsMonths() {
		assertEquals(2027 * 12 + 3.0, GoalProjection.monthOf("2027-Q1", true).orElseThrow());
		assertEquals(2027 * 12 + 1.5, GoalProjection.monthOf("2027-Q1", false).orElseThrow());
		assertEquals(2026 * 12 + 12.0, GoalProjection.monthOf("2026-12-31", true).orElseThrow());
		assertEquals(2026 * 12 + 10.5, GoalProjection.monthOf("2026-11", false).orElseThrow());
		assertEquals(2028 * 12.0, GoalProjection.monthOf("2027", true).orElseThrow());
		assertTrue(GoalProjection.monthOf("2027-13", true).isEmpty());
	}
}
