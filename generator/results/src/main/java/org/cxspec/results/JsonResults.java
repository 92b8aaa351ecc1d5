package org.cxspec.results;

import java.util.List;

import org.cxspec.generator.findings.Json;
import org.cxspec.load.Finding;
import org.cxspec.load.Locations;

/** The results as stable JSON ({@code formatVersion} 1), for dashboards and scripts. */
final class JsonResults {

	private JsonResults() {
	}

	static String render(Measured measured) {
		Measured.Reading reading = measured.reading();
		Json.Obj read = Json.obj().put("files", reading.files()).put("rowsRead", reading.rowsRead()).put("rowsUsed", reading.rowsUsed())
				.put("rowsRejected", reading.rowsRejected()).put("rejectedBecause", rejected(reading)).put("answers", reading.answers())
				.put("alreadyFollowedUp", reading.alreadyFollowedUp());
		List<Object> cards = Json.list();
		for (Card card : measured.cards()) {
			cards.add(Json.obj().put("name", card.name()).put("description", card.description())
					.put("kind", card.expectation() ? "expectation" : "metric").put("unit", card.unit()).put("scale", card.scale())
					.put("lowerIsBetter", card.lowerIsBetter()).putIfPresent("target", number(card.target()))
					.putIfPresent("current", number(card.current())).put("overall", score(card.overall()))
					.put("status", card.status().words()).put("touchpoints", groups(card.byTouchpoint()))
					.put("segments", groups(card.bySegment())).put("periods", groups(card.byPeriod())));
		}
		List<Object> goals = Json.list();
		for (GoalProgress goal : measured.goals()) {
			goals.add(Json.obj().put("programme", goal.programme()).put("goal", goal.goal()).put("metric", goal.metric())
					.putIfPresent("target", number(goal.target())).put("deadline", goal.deadline()).put("state", goal.state())
					.put("outlook", goal.outlook()).put("projected", number(goal.projected())).put("trendPeriods", goal.trendPeriods())
					.putIfPresent("noOutlookBecause", goal.noOutlookBecause().isEmpty() ? null : goal.noOutlookBecause())
					.putIfPresent("first", goal.first() == null ? null : Json.obj().put("period", goal.firstPeriod()).put("score", score(goal.first())))
					.putIfPresent("latest", goal.latest() == null ? null : Json.obj().put("period", goal.latestPeriod()).put("score", score(goal.latest()))));
		}
		List<Object> stages = Json.list();
		for (StageFeeling stage : measured.stages()) {
			stages.add(Json.obj().put("journey", stage.journey()).put("stage", stage.stage()).put("feeling", score(stage.score())));
		}
		List<Object> followUps = Json.list();
		for (FollowUp followUp : measured.followUps()) {
			followUps.add(Json.obj().put("state", followUp.overdue() ? "overdue" : "open").put("due", followUp.due().toString())
					.put("answered", followUp.answered().toString()).put("loop", followUp.loop()).put("owners", followUp.owners())
					.put("metric", followUp.metric()).put("score", Double.valueOf(followUp.score()))
					.put("touchpoint", followUp.touchpoint()).put("respondent", followUp.respondent())
					.put("comment", followUp.comment()).put("file", Locations.display(followUp.file())).put("line", followUp.line()));
		}
		List<Object> findings = Json.list();
		for (Finding finding : measured.findings()) {
			findings.add(Json.obj().put("file", finding.displayPath()).put("line", finding.line()).put("column", finding.column())
					.put("severity", finding.severityWord()).put("rule", finding.ruleId()).put("message", finding.message()));
		}
		return Json.write(Json.obj().put("formatVersion", 1).put("now", measured.now().toString())
				.put("newestAnswer", measured.newestAnswer() == null ? null : measured.newestAnswer().toString())
				.put("minimumAnswers", measured.minimumAnswers()).put("period", measured.period()).put("reading", read)
				.put("scorecard", cards).put("goals", goals).put("stages", stages).put("followUps", followUps)
				.put("findings", findings));
	}

	private static Json.Obj rejected(Measured.Reading reading) {
		Json.Obj why = Json.obj();
		reading.rejectedBecause().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
				.forEach(entry -> why.put(entry.getKey(), entry.getValue()));
		return why;
	}

	private static List<Object> groups(List<Card.Group> groups) {
		List<Object> list = Json.list();
		for (Card.Group group : groups) {
			list.add(Json.obj().put("name", group.name()).put("score", score(group.score())).put("status", group.status().words()));
		}
		return list;
	}

	private static Json.Obj score(Score score) {
		return Json.obj().put("answers", score.answers()).put("value", score.hasValue() ? number(score.valueText()) : null)
				.put("margin", score.hasValue() && !score.marginText().isEmpty() ? number(score.marginText()) : null)
				.put("tooFewAnswers", score.tooFew());
	}

	private static Number number(String text) {
		return text == null || text.isEmpty() ? null : new java.math.BigDecimal(text);
	}
}
