package org.cxspec.benchmark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Realistic synthetic specs of a given size: one brand file, then customers, values, metrics,
 * roles and partners, journeys with staffed touchpoints, co-creation programmes and closed
 * loops, spread over any number of files. Every rule has elements to look at; names link
 * across files. Deterministic for a given size.
 */
public final class SyntheticSpecs {

	private SyntheticSpecs() {
	}

	/** About {@code lines} lines in {@code files} files under {@code folder}. */
	public static Map<Path, String> generate(Path folder, int lines, int files) {
		int units = Math.max(1, lines / 40);
		StringBuilder[] texts = new StringBuilder[files];
		for (int i = 0; i < files; i++) {
			texts[i] = new StringBuilder();
		}
		texts[0].append("""
				brand Synthetic "Synthetic Insurance" {
				    promise "Claims that feel simple and fair, every time."
				    differentiates from "insurers whose claims process is slow and opaque"
				    tight "Use the customer's name and never our internal jargon" for Value0
				    loose "Fix a small problem on the spot" within "Up to 100 euros, logged in the file"
				}
				metric NPS "Net Promoter Score" current 22 target 35 higher is better
				""");
		for (int unit = 0; unit < units; unit++) {
			unit(texts[unit % files], unit);
		}
		Map<Path, String> result = new LinkedHashMap<>();
		for (int i = 0; i < files; i++) {
			result.put(folder.resolve(String.format("part-%03d.cxspec", i)), texts[i].toString());
		}
		return result;
	}

	/** About 40 lines: a segment, a value, a metric, two roles, a journey of two stages, a programme, a loop. */
	private static void unit(StringBuilder out, int n) {
		out.append("customer Segment").append(n).append(" \"Segment ").append(n).append("\" {\n")
				.append("    expects Quick").append(n).append(" \"Paid within days\" scored 2.8 target 4.2 out of 5\n")
				.append("    expects Known").append(n).append(" \"Someone who knows my case\" scored 3.9 target 4.5 out of 5\n")
				.append("}\n")
				.append("value Value").append(n).append(" \"Being treated fairly ").append(n).append("\" drives retention, advocacy\n")
				.append("metric Effort").append(n).append(" \"Customer Effort Score\" current 3.1 target 2.5 lower is better\n")
				.append("role Agent").append(n).append(" \"Claims agent ").append(n).append("\"\n")
				.append("partner Repair").append(n).append(" \"Repair partner ").append(n).append("\"\n")
				.append("journey Claim").append(n).append(" \"Making a claim\" for Segment").append(n).append(" {\n")
				.append("    stage Report \"I report the damage\" {\n")
				.append("        touchpoint Phone").append(n).append(" \"Reporting by phone\" {\n")
				.append("            channel phone\n            differentiating\n            moment of truth\n")
				.append("            delivers Value").append(n).append("\n")
				.append("            addresses Quick").append(n).append(", Known").append(n).append("\n")
				.append("            staffed by Agent").append(n).append("\n")
				.append("            measured by Effort").append(n).append(", NPS\n")
				.append("            tight \"Acknowledge what happened first\" for Value").append(n).append("\n")
				.append("            loose \"How you reassure the caller\" within \"Never promise an amount\"\n")
				.append("                example \"Offer to book the repair tonight\"\n")
				.append("            backstage \"Claim history on one screen\"\n")
				.append("        }\n    }\n")
				.append("    stage Repair \"My home is made safe\" {\n")
				.append("        touchpoint Visit").append(n).append(" \"Repair visit\" {\n")
				.append("            delivers Value").append(n).append("\n            staffed by Repair").append(n).append("\n")
				.append("            tight \"Arrive within four hours\" for Value").append(n).append("\n")
				.append("            loose \"How you make the home safe\" within \"Only agreed work\"\n")
				.append("        }\n    }\n}\n")
				.append("cocreation Letters").append(n).append(" \"Rewriting letters\" {\n")
				.append("    type creation with others\n")
				.append("    goal \"Letters are easier\" metric Effort").append(n).append(" target 2.8 by \"2027-Q1\"\n")
				.append("    owner Agent").append(n).append("\n    involves Segment").append(n).append(", Agent").append(n).append("\n")
				.append("    method feedback sessions, interviews\n")
				.append("    rhythm community \"two questions a week\" business \"monthly meeting\"\n")
				.append("    report back \"A monthly blog\"\n}\n")
				.append("closed loop Detractors").append(n).append(" \"Unhappy customers hear from us\" {\n")
				.append("    when NPS below 7\n    respond within 24 hours\n    owner Agent").append(n).append("\n}\n");
	}
}
