package org.cxspec.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.generator.site.SiteRenderer;

/**
 * What {@code generate --since} adds to the staff documents: a "What's new since ..." section at
 * the top of every playbook (brand-level changes for everyone, then what changes for that role
 * or partner, or that nothing did), a change page, and a link to it from the index. The words
 * come translated; the shipped templates whats-new.html.vm, whats-new.md.vm and changes.html.vm
 * lay them out.
 */
public final class WhatsNewPages {

	static final String CHANGE_PAGE = "changes.html";

	private WhatsNewPages() {
	}

	/** The section at the top of one playbook. */
	public record WhatsNew(String title, String flag, String everyoneHeading, List<String> everyone, String youHeading,
			List<String> forYou, String nothing, String linkText) {
	}

	/** The link on the index. */
	public record ChangesLink(String link) {
	}

	/** One role or partner on the change page, linked to its playbook unless it is gone. */
	public record RoleSection(String name, String link, List<String> lines) {
	}

	/** The change page. */
	public record ChangePage(String title, String kicker, String intro, String flag, String brandHeading, List<String> brand,
			String rolesHeading, List<RoleSection> roles, String noRoles, String unchanged, String findingsHeading,
			String introducedHeading, List<String> introduced, String fixedHeading, List<String> fixed, String noFindings,
			String allHeading, List<String> all, String nothing, String summary) {
	}

	/** For the renderer: "What's new" by playbook path, the link for the index, and the change page. */
	public static SiteRenderer.Addition addition(SpecDiff diff, List<String> playbookIds) {
		Words words = new Words(diff.locale());
		List<String> brand = diff.brand().stream().map(Change::text).toList();
		String flag = diff.promiseChanged() ? words.get("flag.promise") : null;
		Map<String, Map<String, Object>> byPath = new HashMap<>();
		Map<String, RoleChanges> roles = new HashMap<>();
		diff.roles().forEach(role -> roles.putIfAbsent(role.id(), role));
		for (String id : playbookIds) {
			RoleChanges role = roles.get(id);
			List<String> forYou = role == null ? List.of() : role.changes().stream().map(RoleChanges.Item::text).toList();
			String nothing = brand.isEmpty() ? words.f("whatsnew.nothing", diff.before()) : words.get("whatsnew.brandOnly");
			WhatsNew whatsNew = new WhatsNew(words.f("whatsnew.title", diff.before()), flag, words.get("whatsnew.everyone"), brand,
					words.get("whatsnew.you"), forYou, nothing, words.f("changes.link", diff.before()));
			byPath.put("playbooks/" + id + ".html", Map.of("whatsNew", whatsNew));
			byPath.put("playbooks/" + id + ".md", Map.of("whatsNew", whatsNew));
		}
		Map<String, Object> everywhere = Map.of("changes", new ChangesLink(words.f("changes.link", diff.before())),
				"changePage", changePage(diff, words, flag, brand, playbookIds));
		return new SiteRenderer.Addition(everywhere, byPath, Map.of(CHANGE_PAGE, "changes.html.vm"));
	}

	private static ChangePage changePage(SpecDiff diff, Words words, String flag, List<String> brand, List<String> playbookIds) {
		java.util.Set<String> playbooks = new java.util.HashSet<>(playbookIds);
		List<RoleSection> roles = diff.affectedRoles().stream()
				.map(role -> new RoleSection(role.name(), playbooks.contains(role.id()) ? "playbooks/" + role.id() + ".html" : null,
						role.changes().stream().map(RoleChanges.Item::text).toList()))
				.toList();
		List<String> unaffected = diff.unaffectedRoles().stream().map(RoleChanges::name).toList();
		return new ChangePage(words.f("changes.title", diff.before()), words.get("all.title"), words.f("changes.intro", diff.before()),
				flag, words.get("brand.title"), brand, words.get("roles.title"), roles, words.get("roles.none"),
				unaffected.isEmpty() ? null : words.f("roles.unchanged", words.and(unaffected)), words.get("findings.title"),
				words.get("findings.introduced"), findings(diff.introduced()), words.get("findings.fixed"), findings(diff.fixed()),
				words.get("findings.none"), words.get("all.title"), diff.changes().stream().map(Change::text).toList(),
				words.get("nothing"), TextDiff.summary(diff, words));
	}

	private static List<String> findings(List<FindingChange> findings) {
		return findings.stream()
				.map(finding -> finding.severity() + ": " + finding.message() + " [" + finding.rule() + "] (" + finding.file() + ":"
						+ finding.line() + ")")
				.toList();
	}
}
