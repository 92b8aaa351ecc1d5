package org.cxspec.results;

import java.util.List;

import org.cxspec.load.Finding;

/** The scorecard and follow-up worklist as aligned plain text, for a terminal or a scheduled job's log. */
final class TextResults {

	private TextResults() {
	}

	static String render(Measured measured) {
		StringBuilder out = new StringBuilder();
		out.append("Scorecard: ").append(measured.reading().summary()).append(" Newest answer ")
				.append(ResultsFormat.time(measured.newestAnswer())).append("; figures from fewer than ")
				.append(measured.minimumAnswers()).append(" answers are not shown.\n");
		for (Card card : measured.cards()) {
			out.append('\n').append(card.name()).append(" \"").append(card.description()).append("\": ")
					.append(ResultsFormat.heading(card)).append('\n');
			row(out, "  ", "overall", card.overall(), card.status());
			group(out, "Touchpoints", card.byTouchpoint());
			group(out, "Segments", card.bySegment());
			group(out, ResultsFormat.periodWord(measured), card.byPeriod());
		}
		if (!measured.goals().isEmpty()) {
			out.append("\nCo-creation goals\n");
			for (GoalProgress goal : measured.goals()) {
				out.append("  ").append(goal.programme()).append(": ").append(goal.metric()).append(" target ").append(goal.target())
						.append(" by ").append(goal.deadline()).append(" - ").append(goal.state());
				if (goal.latest() != null) {
					out.append(" (").append(goal.firstPeriod()).append(": ").append(goal.first().valueText()).append(", ")
							.append(goal.latestPeriod()).append(": ").append(goal.latest().text()).append(')');
				}
				out.append("; ").append(ResultsFormat.outlook(measured, goal));
				out.append('\n');
			}
		}
		followUps(out, measured);
		for (Finding finding : measured.findings()) {
			out.append(finding.displayPath()).append(':').append(finding.line()).append(':').append(finding.column()).append(": ")
					.append(finding.severityWord()).append(": ").append(finding.message()).append(" [").append(finding.ruleId())
					.append("]\n");
		}
		return out.toString();
	}

	private static void followUps(StringBuilder out, Measured measured) {
		out.append("\nFollow-ups at ").append(ResultsFormat.time(measured.now())).append(": ").append(measured.followUps().size())
				.append(" open, ").append(measured.overdue()).append(" overdue");
		out.append(measured.reading().alreadyFollowedUp() > 0 ? " (" + measured.reading().alreadyFollowedUp()
				+ " already followed up)\n" : "\n");
		for (FollowUp followUp : measured.followUps()) {
			out.append(String.format("  %-8s due %s  %s  owner %s  %s %s%s  respondent %s%s  (%s:%d)%n",
					followUp.overdue() ? "OVERDUE" : "open", ResultsFormat.time(followUp.due()), followUp.loop(),
					String.join(", ", followUp.owners()), followUp.metric(), followUp.score(),
					followUp.touchpoint() == null ? "" : " at " + followUp.touchpoint(),
					followUp.respondent().isEmpty() ? "(none)" : ResponsesReader.shorten(followUp.respondent()),
					followUp.comment().isEmpty() ? "" : "  \"" + ResponsesReader.oneLine(followUp.comment()) + "\"",
					org.cxspec.load.Locations.display(followUp.file()), followUp.line()));
		}
	}

	private static void group(StringBuilder out, String title, List<Card.Group> groups) {
		if (groups.isEmpty()) {
			return;
		}
		out.append("  ").append(title).append('\n');
		for (Card.Group group : groups) {
			row(out, "    ", group.name(), group.score(), group.status());
		}
	}

	private static void row(StringBuilder out, String indent, String name, Score score, Card.Status status) {
		String label = indent + name;
		out.append(String.format("%-28s %-18s %8s %-7s  %s%n", label, score.text(), score.answers(),
				score.answers() == 1 ? "answer" : "answers",
				status == Card.Status.TOO_FEW || status == Card.Status.NO_ANSWERS ? "" : status.words()));
	}
}
