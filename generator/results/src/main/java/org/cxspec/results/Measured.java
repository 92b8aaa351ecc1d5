package org.cxspec.results;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cxspec.load.Finding;

/**
 * Everything {@code cxspec results} found: the scorecard, co-creation goals' progress, the
 * journeys' stage feelings, the open follow-ups (personal data), how the exports were read,
 * and the findings. Immutable; what every output format and the staff site render.
 */
public record Measured(List<Card> cards, List<GoalProgress> goals, List<StageFeeling> stages, List<FollowUp> followUps,
		Reading reading, List<Finding> findings, Instant now, Instant newestAnswer, int minimumAnswers, String period) {

	/** How the exports were read: rows read, used and rejected (and why), answers counted. */
	public record Reading(List<String> files, long rowsRead, long rowsUsed, long rowsRejected, Map<String, Long> rejectedBecause,
			long answers, long alreadyFollowedUp) {

		/** "12 000 rows read, 11 990 used, 10 rejected (6 unparsable date, 4 score outside the scale)." */
		public String summary() {
			StringBuilder out = new StringBuilder().append(rowsRead).append(rowsRead == 1 ? " row read, " : " rows read, ")
					.append(rowsUsed).append(" used, ").append(rowsRejected).append(" rejected");
			if (!rejectedBecause.isEmpty()) {
				out.append(" (");
				rejectedBecause.forEach((why, count) -> out.append(out.charAt(out.length() - 1) == '(' ? "" : ", ").append(count)
						.append(' ').append(why));
				out.append(')');
			}
			return out.append("; ").append(answers).append(answers == 1 ? " answer." : " answers.").toString();
		}
	}

	public Measured {
		cards = List.copyOf(cards);
		goals = List.copyOf(goals);
		stages = List.copyOf(stages);
		followUps = List.copyOf(followUps);
		findings = List.copyOf(findings);
	}

	/** The same results with only {@code kept} of the findings (those a baseline does not know). */
	public Measured withFindings(List<Finding> kept) {
		return new Measured(cards, goals, stages, followUps, reading, kept, now, newestAnswer, minimumAnswers, period);
	}

	/** Whether a finding of {@code ruleId} is left: what {@code --fail-on} looks at, after suppressions and baselines. */
	public boolean hasFinding(String ruleId) {
		return findings.stream().anyMatch(finding -> finding.ruleId().equals(ruleId));
	}

	public Optional<Card> card(String name) {
		return cards.stream().filter(card -> card.name().equals(name)).findFirst();
	}

	public long overdue() {
		return followUps.stream().filter(FollowUp::overdue).count();
	}
}
