package org.cxspec.results;

import java.io.StringWriter;

import org.cxspec.load.Locations;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The results as one CSV table for a spreadsheet: a row per scorecard cell, then a row per open
 * follow-up; the {@code section} column says which. Written with FastCSV, so texts are quoted
 * as needed.
 */
final class CsvResults {

	private CsvResults() {
	}

	static String render(Measured measured) {
		StringWriter text = new StringWriter();
		CsvWriter csv = CsvWriter.builder().lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF).build(text);
		csv.writeRecord("section", "metric", "by", "group", "answers", "score", "margin", "target", "current", "status", "due",
				"loop", "owners", "touchpoint", "respondent", "comment", "source");
		for (Card card : measured.cards()) {
			cell(csv, card, "overall", "", card.overall(), card.status());
			card.byTouchpoint().forEach(group -> cell(csv, card, "touchpoint", group.name(), group.score(), group.status()));
			card.bySegment().forEach(group -> cell(csv, card, "segment", group.name(), group.score(), group.status()));
			card.byPeriod().forEach(group -> cell(csv, card, measured.period(), group.name(), group.score(), group.status()));
		}
		for (FollowUp followUp : measured.followUps()) {
			csv.writeRecord("follow-up", followUp.metric(), "", "", "", followUp.score(), "", "", "",
					followUp.overdue() ? "overdue" : "open", followUp.due().toString(), followUp.loop(), String.join(" ", followUp.owners()),
					followUp.touchpoint() == null ? "" : followUp.touchpoint(), safe(followUp.respondent()), safe(followUp.comment()),
					Locations.display(followUp.file()) + ":" + followUp.line());
		}
		return text.toString();
	}

	/** A text from an export that a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
	private static String safe(String text) {
		return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static void cell(CsvWriter csv, Card card, String by, String group, Score score, Card.Status status) {
		csv.writeRecord("score", card.name(), by, group, String.valueOf(score.answers()), score.valueText(), score.marginText(),
				card.target(), card.current(), status.words(), "", "", "", "", "", "", "");
	}
}
