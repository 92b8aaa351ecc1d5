package org.cxspec.diff;

import java.util.List;

/** The diff for a terminal: sections in reading order, indented lists, a summary line last. */
final class TextDiff {

	private TextDiff() {
	}

	static String render(SpecDiff diff) {
		Words words = new Words(diff.locale());
		StringBuilder out = new StringBuilder();
		out.append(words.f("title", diff.before(), diff.after())).append("\n\n");
		if (diff.isEmpty()) {
			out.append(words.get("nothing")).append('\n');
		} else {
			if (!diff.brand().isEmpty()) {
				out.append(words.get("brand.title")).append('\n');
				if (diff.promiseChanged()) {
					out.append("  ! ").append(words.get("flag.promise")).append('\n');
				}
				diff.brand().forEach(change -> line(out, "  - ", change.text()));
				out.append('\n');
			}
			out.append(words.get("roles.title")).append('\n');
			for (RoleChanges role : diff.affectedRoles()) {
				line(out, "  ", role.name() + " (" + role.id() + ")");
				role.changes().forEach(item -> line(out, "    - ", item.text()));
			}
			if (diff.affectedRoles().isEmpty()) {
				out.append("  ").append(words.get("roles.none")).append('\n');
			}
			List<String> unaffected = diff.unaffectedRoles().stream().map(RoleChanges::name).toList();
			if (!unaffected.isEmpty()) {
				line(out, "  ", words.f("roles.unchanged", words.and(unaffected)));
			}
			out.append('\n').append(words.get("all.title")).append('\n');
			diff.changes().forEach(change -> line(out, "  - ", change.text()));
		}
		out.append('\n').append(words.get("findings.title")).append('\n');
		findings(out, words.get("findings.introduced"), diff.introduced());
		findings(out, words.get("findings.fixed"), diff.fixed());
		if (diff.introduced().isEmpty() && diff.fixed().isEmpty()) {
			out.append("  ").append(words.get("findings.none")).append('\n');
		}
		out.append('\n').append(summary(diff, words)).append('\n');
		return out.toString();
	}

	private static void findings(StringBuilder out, String heading, List<FindingChange> findings) {
		if (findings.isEmpty()) {
			return;
		}
		out.append("  ").append(heading).append('\n');
		findings.forEach(finding -> line(out, "    ", finding.file() + ":" + finding.line() + ": " + finding.severity() + ": "
				+ finding.message() + " [" + finding.rule() + "]"));
	}

	static String summary(SpecDiff diff, Words words) {
		return words.f("summary", diff.changes().size(), diff.affectedRoles().size(), diff.introduced().size(),
				diff.fixed().size());
	}

	/** Spec text may hold control characters: never let them reach the terminal. */
	private static void line(StringBuilder out, String indent, String text) {
		out.append(indent);
		text.codePoints().forEach(c -> out.appendCodePoint(c < 0x20 || (c >= 0x7f && c < 0xa0) ? '\uFFFD' : c));
		out.append('\n');
	}
}
