package org.cxspec.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports as survey tools and spreadsheets write them, and as they go wrong. */
class ReadingTest {

	private static final String NOW = "2026-04-01T00:00:00Z";

	@TempDir
	Path folder;

	private static String fiveEffortAnswers(String separator) {
		StringBuilder csv = new StringBuilder(String.join(separator, "date", "metric", "score", "touchpoint", "comment") + "\n");
		for (int i = 1; i <= 5; i++) {
			csv.append(String.join(separator, "2026-03-0" + i, "CES", String.valueOf(i), "Till", "fine")).append('\n');
		}
		return csv.toString();
	}

	@Test
	void commaAndSemicolonExportsWithAndWithoutBomReadTheSame() throws Exception {
		Fixture fixture = new Fixture(folder);
		for (String separator : List.of(",", ";")) {
			for (String bom : List.of("", "\uFEFF")) {
				Measured measured = fixture.measure(bom + fiveEffortAnswers(separator), NOW);
				Card ces = measured.card("CES").orElseThrow();
				assertEquals("3", ces.overall().valueText(), separator + " bom=" + !bom.isEmpty());
				assertEquals(5, measured.reading().rowsUsed());
			}
		}
	}

	@Test
	void quotedFieldsMayHoldDelimitersQuotesAndNewlines() throws Exception {
		String csv = "date;metric;score;touchpoint;respondent;comment\n"
				+ "2026-03-01;NPS;3;Till;R1;\"Slow; very \"\"slow\"\"\nand the till broke\"\n"
				+ "2026-03-02;CES;3,5;Till;R2;\"fine\"\n";
		Measured measured = new Fixture(folder).measure(csv, NOW);
		assertEquals(2, measured.reading().rowsUsed());
		FollowUp followUp = measured.followUps().get(0);
		assertEquals("Slow; very \"slow\"\nand the till broke", followUp.comment());
		assertEquals(2, followUp.line());
		assertEquals(1, measured.card("CES").orElseThrow().overall().answers()); // "3,5" read as 3.5 in a ';' export
	}

	@Test
	void theWideShapeMapsQuestionColumnsToMetricsAndExpectations() throws Exception {
		Fixture fixture = new Fixture(folder);
		Path csv = fixture.write("wide.csv", "Respondent ID,Submitted,How likely to recommend?,How easy was paying?,Quick?,Email\n"
				+ "1,2026-03-01,9,2,5,a@example.com\n"
				+ "2,2026-03-01,6,,4,b@example.com\n"
				+ "3,2026-03-02,10,4,3,c@example.com\n");
		Measured measured = fixture.measure(fixture.mapping("""
				responses:
				  shape: wide
				  columns:
				    date: Submitted
				    respondent: Respondent ID
				  questions:
				    "How likely to recommend?": NPS
				    "How easy was paying?": { metric: CES, touchpoint: Till }
				    "Quick?": { expectation: Quick }
				  minimum-answers: 1
				"""), NOW, csv);
		assertEquals(3, measured.reading().rowsUsed());
		assertEquals("33.3", measured.card("NPS").orElseThrow().overall().valueText()); // 2 promoters, 1 detractor of 3
		Card ces = measured.card("CES").orElseThrow();
		assertEquals(2, ces.overall().answers()); // the empty cell is not an answer
		assertEquals("Till", ces.byTouchpoint().get(0).name());
		Card quick = measured.card("Quick").orElseThrow();
		assertTrue(quick.expectation());
		assertEquals("4", quick.overall().valueText());
		assertEquals("4", quick.target());
	}

	@Test
	void badRowsAreCountedWithTheirPlaceAndTheRestIsRead() throws Exception {
		String csv = "date,metric,score,touchpoint\n"
				+ "2026-03-01,CES,3,Till\n"
				+ "yesterday,CES,3,Till\n"
				+ "2026-03-01,CES,9,Till\n"
				+ "2026-03-01,CES,lots,Till\n"
				+ "2026-03-01,CES\n"
				+ "2026-03-01,CESS,3,Till\n"
				+ "2026-03-01,CES,2,Tilll\n";
		Measured measured = new Fixture(folder).measure(csv, NOW);
		Measured.Reading reading = measured.reading();
		assertEquals(7, reading.rowsRead());
		assertEquals(2, reading.rowsUsed());
		assertEquals(5, reading.rowsRejected());
		assertEquals(1L, reading.rejectedBecause().get("unparsable date"));
		assertEquals(1L, reading.rejectedBecause().get("score outside the scale"));
		assertEquals(1L, reading.rejectedBecause().get("score not a number"));
		assertEquals(1L, reading.rejectedBecause().get("too few fields"));
		assertTrue(reading.summary().startsWith("7 rows read, 2 used, 5 rejected ("), reading.summary());
		Finding outOfScale = measured.findings().stream().filter(f -> f.line() == 4).findFirst().orElseThrow();
		assertEquals("response-rejected", outOfScale.ruleId());
		assertEquals(16, outOfScale.column()); // the score field of "2026-03-01,CES,9,Till"
		assertTrue(outOfScale.message().contains("score 9 is outside the scale of CES (1 to 7)"), outOfScale.message());
		Finding metric = measured.findings().stream().filter(f -> f.line() == 7).findFirst().orElseThrow();
		assertEquals("unknown-in-responses", metric.ruleId());
		assertTrue(metric.message().contains("did you mean CES?"), metric.message());
		Finding touchpoint = measured.findings().stream().filter(f -> f.line() == 8).findFirst().orElseThrow();
		assertTrue(touchpoint.message().contains("touchpoint 'Tilll'") && touchpoint.message().contains("did you mean Till?"),
				touchpoint.message());
	}

	@Test
	void unusableFilesStopWithOneLine() throws Exception {
		Fixture fixture = new Fixture(folder);
		BadInputException folderGiven = assertThrows(BadInputException.class,
				() -> fixture.measure(org.cxspec.config.ResponsesMapping.DEFAULTS, NOW, folder));
		assertTrue(folderGiven.getMessage().contains("not a regular file"), folderGiven.getMessage());
		Path latin1 = folder.resolve("latin1.csv");
		Files.write(latin1, "date,metric,score,comment\n2026-03-01,CES,3,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
		BadInputException notUtf8 = assertThrows(BadInputException.class,
				() -> fixture.measure(org.cxspec.config.ResponsesMapping.DEFAULTS, NOW, latin1));
		assertTrue(notUtf8.getMessage().contains("not UTF-8"), notUtf8.getMessage());
		BadInputException noScore = assertThrows(BadInputException.class, () -> fixture.measure("date,metric,points\n", NOW));
		assertTrue(noScore.getMessage().contains("answers.csv:1:1: no column 'score'"), noScore.getMessage());
	}

	@Test
	void aMappedColumnMissingFromTheExportIsReportedInTheYaml() throws Exception {
		Fixture fixture = new Fixture(folder);
		Path csv = fixture.write("a.csv", "when,metric,score\n");
		BadInputException missing = assertThrows(BadInputException.class,
				() -> fixture.measure(fixture.mapping("responses:\n  columns:\n    date: wen\n"), NOW, csv));
		assertTrue(missing.getMessage().contains("cxspec.yaml:3:11: column 'wen' is not in"), missing.getMessage());
		assertTrue(missing.getMessage().contains("did you mean 'when'"), missing.getMessage());
		BadInputException unknownKey = assertThrows(BadInputException.class, () -> fixture.mapping("responses:\n  colums: {}\n"));
		assertTrue(unknownKey.getMessage().contains("cxspec.yaml:2:3: unknown key 'colums'"), unknownKey.getMessage());
		BadInputException unknownMetric = assertThrows(BadInputException.class, () -> fixture.measure(
				fixture.mapping("responses:\n  shape: wide\n  questions:\n    Q1: NSP\n"), NOW, csv));
		assertTrue(unknownMetric.getMessage().contains("cxspec.yaml:4:9: the spec has no metric or expectation named 'NSP'"),
				unknownMetric.getMessage());
	}

	@Test
	void answersAreGroupedBySegmentAndPeriod() throws Exception {
		Fixture fixture = new Fixture(folder);
		Path csv = fixture.write("a.csv", "date,metric,score,segment\n2026-01-31T23:30:00Z,CES,1,Shoppers\n2026-02-01,CES,2,Tourists\n");
		Measured monthly = fixture.measure(fixture.mapping("responses:\n  minimum-answers: 1\n"), NOW, csv);
		Card ces = monthly.card("CES").orElseThrow();
		assertEquals(List.of("2026-01", "2026-02"), ces.byPeriod().stream().map(Card.Group::name).toList());
		assertEquals(List.of("Shoppers", "Tourists"), ces.bySegment().stream().map(Card.Group::name).toList());
		Measured amsterdam = fixture.measure(fixture.mapping("responses:\n  minimum-answers: 1\n  time-zone: Europe/Amsterdam\n"
				+ "  period: quarter\n"), NOW, csv);
		assertEquals(List.of("2026-Q1"), amsterdam.card("CES").orElseThrow().byPeriod().stream().map(Card.Group::name).toList());
	}
}
