package org.cxspec.generator.view;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cxspec.generator.view.Elements.Actor;
import org.cxspec.generator.view.Elements.Brand;
import org.cxspec.generator.view.Elements.Expectation;
import org.cxspec.generator.view.Elements.Loop;
import org.cxspec.generator.view.Elements.Programme;
import org.cxspec.generator.view.Elements.Segment;
import org.cxspec.generator.view.Elements.Touchpoint;
import org.cxspec.generator.view.Elements.Value;
import org.cxspec.load.Finding;
import org.cxspec.model.Deadlines;
import org.cxspec.rules.Rule;

/** Works out the consistency report from the views and the findings. */
final class Reports {

	/** A scripted touchpoint: this many tight standards and no freedom (the rule's threshold). */
	private static final int SCRIPTED_AT = 3;

	private Reports() {
	}

	static Report of(Brand brand, List<Value> values, List<Segment> segments, List<Touchpoint> touchpoints,
			List<Actor> actors, List<Playbook> playbooks, List<Programme> programmes, List<Loop> loops,
			List<Finding> findings, Path root, Locale locale) {
		List<Expectation> expectations = segments.stream().flatMap(segment -> segment.expectations().stream()).toList();
		int driving = (int) values.stream().filter(value -> value.drives().contains("retention")
				|| value.drives().contains("advocacy")).count();
		int scored = (int) expectations.stream().filter(Expectation::scored).count();
		boolean ready = !brand.promise().isEmpty() && !values.isEmpty() && driving == values.size()
				&& !expectations.isEmpty() && scored == expectations.size();
		Report.Readiness readiness = new Report.Readiness(!brand.promise().isEmpty(), !brand.differentiatesFrom().isEmpty(),
				values.size(), driving, expectations.size(), scored, ready);
		return new Report(readiness, count(findings, "error"), count(findings, "warning"), count(findings, "info"),
				ruleGroups(findings, root, locale), coverage(values, touchpoints), expectations,
				touchpoints.stream().map(Reports::balance).toList(), roleBalance(actors, playbooks),
				programmes.stream().map(Reports::readiness).toList(), loops.stream().map(Reports::readiness).toList());
	}

	private static int count(List<Finding> findings, String severity) {
		return (int) findings.stream().filter(finding -> finding.severityWord().equals(severity)).count();
	}

	/** Most severe rules first, then in the catalogue's order; findings in reading order. */
	private static List<Report.RuleGroup> ruleGroups(List<Finding> findings, Path root, Locale locale) {
		Map<String, List<Finding>> byRule = new LinkedHashMap<>();
		findings.stream().sorted(Finding.READING_ORDER)
				.forEach(finding -> byRule.computeIfAbsent(finding.ruleId(), id -> new ArrayList<>()).add(finding));
		List<Report.RuleGroup> groups = new ArrayList<>();
		byRule.forEach((id, found) -> {
			Rule rule = Rule.byId(id).orElse(Rule.SYNTAX_ERROR);
			groups.add(new Report.RuleGroup(id, rule.title(locale), rule.explanation(locale),
					found.get(0).severityWord(), found.stream().map(finding -> diagnostic(finding, root)).toList()));
		});
		groups.sort(Comparator.comparingInt((Report.RuleGroup group) -> -rank(group.severity()))
				.thenComparingInt(group -> Rule.byId(group.id()).map(Enum::ordinal).orElse(0)));
		return List.copyOf(groups);
	}

	private static int rank(String severity) {
		return switch (severity) {
		case "error" -> 3;
		case "warning" -> 2;
		default -> 1;
		};
	}

	private static Report.Diagnostic diagnostic(Finding finding, Path root) {
		return new Report.Diagnostic(shown(finding.file(), root), finding.line(), finding.column(),
				finding.severityWord(), Texts.clean(finding.message()));
	}

	/** Relative to the spec's own folder, so reports read the same wherever the tool ran. */
	static String shown(Path file, Path root) {
		if (file == null) {
			return "";
		}
		Path absolute = file.toAbsolutePath().normalize();
		Path base = root == null ? null : root.toAbsolutePath().normalize();
		if (base != null && !Files.isDirectory(base)) {
			base = base.getParent();
		}
		String shown = base != null && absolute.startsWith(base) ? base.relativize(absolute).toString()
				: absolute.getFileName().toString();
		return shown.replace('\\', '/');
	}

	private static Report.Coverage coverage(List<Value> values, List<Touchpoint> touchpoints) {
		List<Ref> columns = values.stream().map(value -> new Ref(value.id(), value.name())).toList();
		// One look-up per cell: a 10k-line spec has 500 touchpoints by 250 values, built on every preview.
		List<Report.CoverageRow> rows = new ArrayList<>(touchpoints.size());
		for (Touchpoint touchpoint : touchpoints) {
			Set<String> delivered = new HashSet<>();
			touchpoint.delivers().forEach(ref -> delivered.add(ref.id()));
			Boolean[] cells = new Boolean[values.size()];
			for (int i = 0; i < cells.length; i++) {
				cells[i] = delivered.contains(values.get(i).id());
			}
			rows.add(new Report.CoverageRow(new Ref(touchpoint.id(), touchpoint.name()), touchpoint.journey(), List.of(cells)));
		}
		List<Integer> totals = values.stream().map(value -> value.deliveredBy().size()).toList();
		return new Report.Coverage(columns, rows, totals);
	}

	private static Report.Balance balance(Touchpoint touchpoint) {
		int tight = touchpoint.tights().size();
		int loose = touchpoint.looses().size();
		boolean scripted = !touchpoint.staffedBy().isEmpty() && tight >= SCRIPTED_AT && loose == 0;
		return new Report.Balance(new Ref(touchpoint.id(), touchpoint.name()), tight, loose, percent(tight, loose),
				scripted);
	}

	private static List<Report.Balance> roleBalance(List<Actor> actors, List<Playbook> playbooks) {
		List<Report.Balance> rows = new ArrayList<>();
		for (int i = 0; i < actors.size(); i++) {
			int tight = 0;
			int loose = 0;
			for (Playbook.JourneyPart journey : playbooks.get(i).journeys()) {
				for (Playbook.StagePart stage : journey.stages()) {
					for (Touchpoint touchpoint : stage.touchpoints()) {
						tight += touchpoint.tights().size();
						loose += touchpoint.looses().size();
					}
				}
			}
			Actor actor = actors.get(i);
			rows.add(new Report.Balance(new Ref(actor.id(), actor.name()), tight, loose, percent(tight, loose),
					tight >= SCRIPTED_AT && loose == 0));
		}
		return List.copyOf(rows);
	}

	private static int percent(int tight, int loose) {
		return tight + loose == 0 ? 0 : Math.round(100f * tight / (tight + loose));
	}

	private static Report.ProgrammeReadiness readiness(Programme programme) {
		boolean goal = !programme.goals().isEmpty();
		boolean measurable = goal && programme.goals().stream().allMatch(candidate -> !candidate.metric().id().isEmpty()
				&& !candidate.target().isEmpty() && Deadlines.isValid(candidate.deadline()));
		boolean owner = !programme.owners().isEmpty();
		boolean customers = !programme.customers().isEmpty();
		boolean staff = !programme.staff().isEmpty();
		boolean rhythm = !programme.communityRhythm().isEmpty() || !programme.businessRhythm().isEmpty();
		boolean reportBack = !programme.reportBack().isEmpty();
		return new Report.ProgrammeReadiness(new Ref(programme.id(), programme.name()), goal, measurable, owner,
				customers, staff, rhythm, reportBack, goal && measurable && owner && customers && staff && rhythm
						&& reportBack);
	}

	private static Report.LoopReadiness readiness(Loop loop) {
		boolean trigger = !loop.triggers().isEmpty();
		boolean owner = !loop.owners().isEmpty();
		boolean withinADay = loop.hours() >= 0 && loop.hours() <= 24;
		return new Report.LoopReadiness(new Ref(loop.id(), loop.name()), trigger, owner, loop.hours(), withinADay,
				trigger && owner && withinADay);
	}
}
