package org.cxspec.diff;

import java.util.List;

import org.cxspec.generator.site.Escaping;

/**
 * The diff as GitHub-flavoured Markdown, for a pull-request comment or a job summary: what
 * people must do differently first; every change folded away below; spec text escaped, so
 * nothing in a spec can inject markup, mentions or links into the comment.
 */
final class MarkdownDiff {

	private MarkdownDiff() {
	}

	static String render(SpecDiff diff) {
		Words words = new Words(diff.locale());
		StringBuilder out = new StringBuilder();
		out.append("## ").append(words.f("md.title", code(diff.before()), code(diff.after()))).append("\n\n");
		if (diff.isEmpty()) {
			out.append(words.get("nothing")).append("\n\n");
		} else {
			if (diff.promiseChanged()) {
				out.append("> [!IMPORTANT]\n> ").append(escape(words.get("flag.promise"))).append("\n\n");
			}
			if (!diff.brand().isEmpty()) {
				out.append("### ").append(escape(words.get("brand.title"))).append("\n\n");
				diff.brand().forEach(change -> out.append("- ").append(escape(change.text())).append('\n'));
				out.append('\n');
			}
			out.append("### ").append(escape(words.get("roles.title"))).append("\n\n");
			for (RoleChanges role : diff.affectedRoles()) {
				out.append("**").append(escape(role.name())).append("** (").append(code(role.id())).append(")\n\n");
				role.changes().forEach(item -> out.append("- ").append(escape(item.text())).append('\n'));
				out.append('\n');
			}
			if (diff.affectedRoles().isEmpty()) {
				out.append(escape(words.get("roles.none"))).append("\n\n");
			}
			List<String> unaffected = diff.unaffectedRoles().stream().map(role -> escape(role.name())).toList();
			if (!unaffected.isEmpty()) {
				out.append('*').append(words.f("roles.unchanged", words.and(unaffected))).append("*\n\n");
			}
		}
		out.append("### ").append(escape(words.get("findings.title"))).append("\n\n");
		findings(out, words.get("findings.introduced"), diff.introduced());
		findings(out, words.get("findings.fixed"), diff.fixed());
		if (diff.introduced().isEmpty() && diff.fixed().isEmpty()) {
			out.append(escape(words.get("findings.none"))).append("\n\n");
		}
		if (!diff.isEmpty()) {
			out.append("<details><summary>").append(escape(words.get("all.title"))).append(" (").append(diff.changes().size())
					.append(")</summary>\n\n");
			diff.changes().forEach(change -> out.append("- ").append(escape(change.text())).append('\n'));
			out.append("\n</details>\n\n");
		}
		out.append("<sub>").append(escape(TextDiff.summary(diff, words))).append("</sub>\n");
		return out.toString();
	}

	private static void findings(StringBuilder out, String heading, List<FindingChange> findings) {
		if (findings.isEmpty()) {
			return;
		}
		out.append("**").append(escape(heading)).append("**\n\n");
		findings.forEach(finding -> out.append("- ").append(escape(finding.severity())).append(": ").append(escape(finding.message()))
				.append(" (").append(code(finding.rule())).append(", ").append(code(finding.file() + ":" + finding.line()))
				.append(")\n"));
		out.append('\n');
	}

	/** Escaped, and an @ cannot mention anybody. */
	static String escape(String text) {
		return Escaping.MARKDOWN.escape(text).replace("@", "&#64;");
	}

	/** A name or path as inline code; backticks inside cannot end it early. */
	private static String code(String text) {
		return "`" + text.replace("`", "'").replace("\n", " ") + "`";
	}
}
