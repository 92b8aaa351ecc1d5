package org.cxspec.diff;

import java.util.List;

import org.cxspec.generator.CxspecVersion;
import org.cxspec.generator.findings.Json;

/** The diff for machines: stable field names and order, documented in generator/diff/DIFF-JSON.md. */
final class JsonDiff {

	private JsonDiff() {
	}

	static String render(SpecDiff diff) {
		Json.Obj root = Json.obj()
				.put("formatVersion", SpecDiff.FORMAT_VERSION)
				.put("tool", Json.obj().put("name", "cxspec").put("version", CxspecVersion.VERSION))
				.put("language", diff.locale().getLanguage())
				.put("old", diff.before())
				.put("new", diff.after())
				.put("summary", Json.obj()
						.put("changes", diff.changes().size())
						.put("promiseChanged", diff.promiseChanged())
						.put("standardsChanged", diff.standardsChanged())
						.put("rolesAffected", diff.affectedRoles().size())
						.put("findingsIntroduced", diff.introduced().size())
						.put("findingsFixed", diff.fixed().size()))
				.put("brand", changes(diff.brand()))
				.put("roles", roles(diff.roles()))
				.put("changes", changes(diff.changes()))
				.put("findings", Json.obj().put("introduced", findings(diff.introduced())).put("fixed", findings(diff.fixed())));
		return Json.write(root);
	}

	private static List<Object> changes(List<Change> changes) {
		List<Object> list = Json.list();
		for (Change change : changes) {
			list.add(Json.obj().put("type", change.type()).put("kind", change.kind()).put("element", change.element())
					.put("property", change.property()).put("before", change.before()).put("after", change.after())
					.put("text", change.text()));
		}
		return list;
	}

	private static List<Object> roles(List<RoleChanges> roles) {
		List<Object> list = Json.list();
		for (RoleChanges role : roles) {
			List<Object> items = Json.list();
			role.changes().forEach(item -> items.add(
					Json.obj().put("type", item.type()).put("touchpoint", item.touchpoint()).put("text", item.text())));
			list.add(Json.obj().put("id", role.id()).put("name", role.name()).put("kind", role.kind()).put("status", role.status())
					.put("changes", items));
		}
		return list;
	}

	private static List<Object> findings(List<FindingChange> findings) {
		List<Object> list = Json.list();
		for (FindingChange finding : findings) {
			list.add(Json.obj().put("severity", finding.severity()).put("rule", finding.rule()).put("message", finding.message())
					.put("file", finding.file()).put("line", finding.line()));
		}
		return list;
	}
}
