package org.cxspec.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closed loops applied to answers: who follows up, by when, and whether it is overdue at --now. */
class FollowUpTest {

	private static final String ANSWERS = "date,metric,score,respondent,comment,followed-up\n"
			+ "2026-03-01T10:00:00Z,NPS,3,R1,too slow,\n" // below 7: due in 24 hours
			+ "2026-03-01T10:00:00Z,NPS,8,R2,,\n" // no trigger
			+ "2026-03-01T10:00:00Z,CES,6,R3,hard,\n" // above 5: due in 2 days
			+ "2026-03-01T10:00:00Z,NPS,0,R4,awful,yes\n"; // followed up already

	@TempDir
	Path folder;

	@Test
	void aFollowUpIsOpenUntilItsDueTimeAndOverdueAfter() throws Exception {
		Fixture fixture = new Fixture(folder);
		Measured justBefore = fixture.measure(ANSWERS, "2026-03-02T09:59:00Z");
		assertEquals(2, justBefore.followUps().size());
		assertEquals(0, justBefore.overdue());
		FollowUp detractor = justBefore.followUps().get(0);
		assertEquals("Detractors", detractor.loop());
		assertEquals(List.of("Manager"), detractor.owners());
		assertEquals("R1", detractor.respondent());
		assertEquals(Instant.parse("2026-03-02T10:00:00Z"), detractor.due());

		Measured nextDay = fixture.measure(ANSWERS, "2026-03-02T10:01:00Z");
		assertEquals(1, nextDay.overdue());
		assertTrue(nextDay.followUps().get(0).overdue());
		assertFalse(nextDay.followUps().get(1).overdue()); // CES: two days
		assertTrue(nextDay.findings().stream().anyMatch(f -> f.ruleId().equals("follow-up-overdue")
				&& f.message().contains("Closed loop Detractors has overdue follow-ups (1, the oldest due")));

		Measured before = fixture.measure(ANSWERS, "2026-03-01T09:00:00Z");
		assertTrue(before.followUps().isEmpty(), "an answer given after --now is no follow-up yet");

		Measured twoDaysLater = fixture.measure(ANSWERS, "2026-03-03T10:01:00Z");
		assertEquals(2, twoDaysLater.overdue());
		assertEquals(1, twoDaysLater.reading().alreadyFollowedUp());
	}

	@Test
	void noFindingNamesARespondent() throws Exception {
		Measured measured = new Fixture(folder).measure(ANSWERS, "2026-04-01T00:00:00Z");
		assertTrue(measured.findings().stream().noneMatch(f -> f.message().contains("R1") || f.message().contains("too slow")));
	}

	@Test
	void theFollowUpLogClosesAnswersUpToItsTime() throws Exception {
		Fixture fixture = new Fixture(folder);
		Path csv = fixture.write("a.csv", ANSWERS + "2026-03-05T10:00:00Z,NPS,2,R1,again,\n");
		fixture.write("log.csv", "respondent,followed-up\nR1,2026-03-02T08:00:00Z\nR3,\n");
		Measured measured = fixture.measure(fixture.mapping("responses:\n  follow-up-log: log.csv\n"), "2026-04-01T00:00:00Z", csv);
		assertEquals(1, measured.followUps().size()); // R1's second answer came after the call
		assertEquals("again", measured.followUps().get(0).comment());
		assertEquals(3, measured.reading().alreadyFollowedUp());
	}
}
