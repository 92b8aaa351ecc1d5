package org.cxspec.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every computation against figures worked out by hand (in the comments), with its 95 % margin. */
class ComputationTest {

	private static final String NOW = "2026-04-01T00:00:00Z";

	@TempDir
	Path folder;

	private Card card(String metric, double... scores) throws Exception {
		StringBuilder csv = new StringBuilder("date,metric,score,touchpoint\n");
		for (double score : scores) {
			csv.append("2026-03-02,").append(metric).append(',').append(score).append(",Till\n");
		}
		return new Fixture(folder).measure(csv.toString(), NOW).card(metric).orElseThrow();
	}

	@Test
	void netPromoterScoreIsPromotersMinusDetractorsInPercent() throws Exception {
		// 10 10 9 9: promoters 4 of 8; 8 7: passives; 6 2: detractors 2 of 8. NPS = 50 - 25 = 25.
		// variance = p + d - (p - d)^2 = .5 + .25 - .0625 = .6875; margin = 1.96 * 100 * sqrt(.6875 / 8) = 57.5
		Card nps = card("NPS", 10, 10, 9, 8, 7, 6, 2, 9);
		assertEquals("25", nps.overall().valueText());
		assertEquals("57.5", nps.overall().marginText());
		assertEquals(8, nps.overall().answers());
		assertEquals(Card.Status.OFF_TARGET, nps.status()); // target 30
	}

	@Test
	void topBoxIsTheShareOfAnswersInTheBox() throws Exception {
		// 5 4 5 in the box of 4-5, 3 and 2 not: 60 %. margin = 1.96 * 100 * sqrt(.6 * .4 / 5) = 42.9
		Card csat = card("CSAT", 5, 4, 3, 2, 5);
		assertEquals("60", csat.overall().valueText());
		assertEquals("42.9", csat.overall().marginText());
		assertEquals(Card.Status.OFF_TARGET, csat.status()); // target 70
	}

	@Test
	void meanIsTheAverageWithTheSampleStandardError() throws Exception {
		// mean of 1..5 = 3; sample variance 2.5; margin = 1.96 * sqrt(2.5 / 5) = 1.386
		Card ces = card("CES", 1, 2, 3, 4, 5);
		assertEquals("3", ces.overall().valueText());
		assertEquals("1.4", ces.overall().marginText());
		assertEquals(Card.Status.OFF_TARGET, ces.status()); // lower is better, target 2
		Card good = card("CES", 1, 2, 2, 2, 1);
		assertEquals("1.6", good.overall().valueText());
		assertEquals(Card.Status.ON_TARGET, good.status());
	}

	@Test
	void fewerAnswersThanTheMinimumShowNoFigure() throws Exception {
		Card four = card("CES", 1, 2, 3, 4);
		assertTrue(four.overall().tooFew());
		assertFalse(four.overall().hasValue());
		assertEquals("too few answers", four.overall().text());
		assertEquals(Card.Status.TOO_FEW, four.status());
		assertEquals(4, four.overall().answers());
	}

	@Test
	void theMinimumIsConfigurable() throws Exception {
		Fixture fixture = new Fixture(folder);
		Path csv = fixture.write("a.csv", "date,metric,score\n2026-03-02,CES,1\n2026-03-02,CES,3\n");
		Measured measured = fixture.measure(fixture.mapping("responses:\n  minimum-answers: 2\n"), NOW, csv);
		assertEquals("2", measured.card("CES").orElseThrow().overall().valueText());
	}
}
