package org.cxspec.results;

import java.util.List;

import org.cxspec.load.Finding;
import org.cxspec.load.Locations;

/** The scorecard and follow-up worklist as Markdown tables, for a wiki, a pull request or a README. */
final class MarkdownResults {

	private MarkdownResults() {
	}

	static String render(Measured measured) {
		StringBuilder out = new StringBuilder("# Scorecard\n\n");
		out.append(measured.reading().summary()).append(" Newest answer ").append(ResultsFormat.time(measured.newestAnswer()))
				.append(". Figures from fewer than ").append(measured.minimumAnswers())
				.append(" answers read \"too few answers\". Margins are 95 % confidence.\n");
		for (Card card : measured.cards()) {
			out.append("\n## ").append(cell(card.name())).append(": ").append(cell(card.description())).append("\n\n")
					.append(cell(ResultsFormat.heading(card))).append("\n\n");
			out.append("| | Score | Answers | Against target |\n| --- | ---: | ---: | --- |\n");
			row(out, "**Overall**", card.overall(), card.status());
			rows(out, "Touchpoint", card.byTouchpoint());
			rows(out, "Segment", card.bySegment());
			rows(out, "quarter".equals(measured.period()) ? "Quarter" : "Month", card.byPeriod());
		}
		if (!measured.goals().isEmpty()) {
			out.append("\n## Co-creation goals\n\n| Programme | Metric | Target | By | First | Latest | State | Outlook |\n"
					+ "| --- | --- | ---: | --- | --- | --- | --- | --- |\n");
			for (GoalProgress goal : measured.goals()) {
				out.append("| ").append(cell(goal.programme())).append(" | ").append(goal.metric()).append(" | ").append(goal.target())
						.append(" | ").append(cell(goal.deadline())).append(" | ")
						.append(goal.first() == null ? "" : goal.firstPeriod() + ": " + goal.first().text()).append(" | ")
						.append(goal.latest() == null ? "" : goal.latestPeriod() + ": " + goal.latest().text()).append(" | ")
						.append(goal.state()).append(" | ").append(ResultsFormat.outlook(measured, goal)).append(" |\n");
			}
		}
		out.append("\n## Follow-ups\n\nAt ").append(ResultsFormat.time(measured.now())).append(": ")
				.append(measured.followUps().size()).append(" open, ").append(measured.overdue()).append(" overdue.\n");
		if (!measured.followUps().isEmpty()) {
			out.append("\n| State | Due | Loop | Owner | Answer | Touchpoint | Respondent | Comment | Row |\n"
					+ "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
			for (FollowUp followUp : measured.followUps()) {
				out.append("| ").append(followUp.overdue() ? "**overdue**" : "open").append(" | ")
						.append(ResultsFormat.time(followUp.due())).append(" | ").append(followUp.loop()).append(" | ")
						.append(String.join(", ", followUp.owners())).append(" | ").append(followUp.metric()).append(' ')
						.append(followUp.score()).append(" | ").append(followUp.touchpoint() == null ? "" : followUp.touchpoint())
						.append(" | ").append(cell(followUp.respondent())).append(" | ").append(cell(followUp.comment())).append(" | ")
						.append(Locations.display(followUp.file())).append(':').append(followUp.line()).append(" |\n");
			}
		}
		if (!measured.findings().isEmpty()) {
			out.append("\n## Findings\n\n");
			for (Finding finding : measured.findings()) {
				out.append("- `").append(finding.displayPath()).append(':').append(finding.line()).append(':').append(finding.column())
						.append("` ").append(finding.severityWord()).append(": ").append(cell(finding.message())).append(" [")
						.append(finding.ruleId()).append("]\n");
			}
		}
		return out.toString();
	}

	private static void rows(StringBuilder out, String kind, List<Card.Group> groups) {
		for (Card.Group group : groups) {
			row(out, kind + " " + cell(group.name()), group.score(), group.status());
		}
	}

	private static void row(StringBuilder out, String label, Score score, Card.Status status) {
		out.append("| ").append(label).append(" | ").append(score.text()).append(" | ").append(score.answers()).append(" | ")
				.append(status == Card.Status.TOO_FEW ? "" : status.words()).append(" |\n");
	}

	/** Text from a spec or an export inside a table cell: one line, no pipes, no markup surprises. */
	private static String cell(String text) {
		return text == null ? "" : ResponsesReader.oneLine(text).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
				.replace("`", "\\`");
	}
}
