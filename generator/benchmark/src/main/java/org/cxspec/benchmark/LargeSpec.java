package org.cxspec.benchmark;

/**
 * A large, clean spec shaped like a real one, for the generate benchmark: journeys of stages of
 * touchpoints, each staffed by two of a fixed set of roles and partners, with standards,
 * freedoms, values, expectations, metrics, programmes and closed loops. Deterministic.
 */
final class LargeSpec {

	private LargeSpec() {
	}

	static String text(int journeys, int stages, int touchpoints, int roles, int partners) {
		StringBuilder out = new StringBuilder(1 << 20);
		out.append("""
				brand Large "Large Insurance" {
				    promise "Claims that feel simple and fair, every time."
				    differentiates from "insurers whose claims process is slow and opaque"
				    tight "Use the customer's name and never our internal jargon" for Value0
				    loose "Fix a small problem on the spot" within "Up to 100 euros, logged in the file"
				}
				""");
		int actors = roles + partners;
		for (int i = 0; i < 20; i++) {
			out.append("value Value").append(i).append(" \"Customer value number ").append(i)
					.append(", felt at every step\" drives retention, advocacy\n");
			out.append("metric Metric").append(i).append(" \"Customer Effort Score of area ").append(i)
					.append("\" current 3.1 target 2.5 lower is better\n");
		}
		for (int i = 0; i < journeys; i++) {
			out.append("customer Segment").append(i).append(" \"Customer segment ").append(i).append("\" {\n")
					.append("    expects Quick").append(i).append(" \"Paid within days, not weeks\" scored 2.8 target 4.2 out of 5\n")
					.append("    expects Known").append(i).append(" \"Someone who knows my case\" scored 3.9 target 4.5 out of 5\n}\n");
		}
		for (int i = 0; i < roles; i++) {
			out.append("role Role").append(i).append(" \"Role ").append(i).append(": handles claims of area ").append(i).append("\"\n");
		}
		for (int i = 0; i < partners; i++) {
			out.append("partner Partner").append(i).append(" \"Partner ").append(i).append(": repairs homes in region ").append(i)
					.append("\"\n");
		}
		int n = 0;
		for (int j = 0; j < journeys; j++) {
			out.append("journey Journey").append(j).append(" \"Journey ").append(j).append(" from the customer's side\" for Segment")
					.append(j).append(" {\n");
			for (int s = 0; s < stages; s++) {
				out.append("    stage Stage").append(s).append(" \"I reach step ").append(s).append(" of my claim\" {\n");
				for (int t = 0; t < touchpoints; t++, n++) {
					int value = n % 20;
					out.append("        touchpoint Touchpoint").append(n).append(" \"Touchpoint ").append(n)
							.append(": a conversation about the claim\" {\n")
							.append("            channel phone\n")
							.append(n % 7 == 0 ? "            differentiating\n            moment of truth\n" : "")
							.append("            delivers Value").append(value).append("\n")
							.append("            addresses Quick").append(j).append(", Known").append(j).append("\n")
							.append("            staffed by ").append(actor(n, roles, actors)).append(", ")
							.append(actor(n + 1, roles, actors)).append("\n")
							.append("            measured by Metric").append(value).append("\n")
							.append("            tight \"Acknowledge what happened before any policy question, step ").append(n)
							.append("\" for Value").append(value).append("\n")
							.append("            tight \"End with a claim number and a call-back time, step ").append(n)
							.append("\" for Value").append(value).append("\n")
							.append("            loose \"How you reassure the caller at step ").append(n).append("\"\n")
							.append("                within \"Never promise a payout amount or a date\"\n")
							.append("                example \"Offer to book the glazier for tonight\"\n")
							.append("            backstage \"Policy and claim history on one screen\"\n")
							.append("        }\n");
				}
				out.append("    }\n");
			}
			out.append("}\n");
		}
		for (int i = 0; i < 10; i++) {
			out.append("cocreation Programme").append(i).append(" \"Rewriting letters with customers, area ").append(i).append("\" {\n")
					.append("    type creation with others\n")
					.append("    goal \"Letters are easier to act on\" metric Metric").append(i).append(" target 2.8 by \"2027-Q1\"\n")
					.append("    owner ").append(actor(i, roles, actors)).append("\n")
					.append("    involves Segment").append(i % journeys).append(", ").append(actor(i + 3, roles, actors)).append("\n")
					.append("    method feedback sessions, interviews\n")
					.append("    rhythm community \"two questions a week\" business \"monthly editorial meeting\"\n")
					.append("    report back \"A director's monthly blog on what changed and why\"\n}\n");
			out.append("closed loop Loop").append(i).append(" \"Unhappy customers hear from us, area ").append(i).append("\" {\n")
					.append("    when Metric").append(i).append(" above 5\n    respond within 24 hours\n    owner ")
					.append(actor(i + 5, roles, actors)).append("\n}\n");
		}
		return out.toString();
	}

	private static String actor(int n, int roles, int actors) {
		int index = n % actors;
		return index < roles ? "Role" + index : "Partner" + (index - roles);
	}
}
