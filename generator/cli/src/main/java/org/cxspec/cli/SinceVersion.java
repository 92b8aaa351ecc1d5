package org.cxspec.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxspec.diff.Side;
import org.cxspec.diff.SpecDiff;
import org.cxspec.diff.SpecDiffer;
import org.cxspec.diff.UnusableSide;
import org.cxspec.diff.WhatsNewPages;
import org.cxspec.generator.site.SiteRenderer;
import org.cxspec.generator.view.Playbook;
import org.cxspec.generator.view.Site;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;

/** {@code generate --since REV|PATH}: what changed since that version, added to the documents being generated. */
final class SinceVersion {

	private SinceVersion() {
	}

	/** The earlier version is read and checked as {@code cxspec diff} does; one with syntax errors is refused. */
	static SiteRenderer.Addition addition(String since, String label, LoadedSpec spec, List<Finding> findings, Site site,
			Locale locale) throws BadInputException, UnusableSide {
		SpecDiffer differ = Language.get(SpecDiffer.class);
		Side before = SpecDiffer.usable(differ.read(since));
		SpecDiff diff = SpecDiffer.compare(before, new Side(label, spec, findings, Map.of()), locale);
		return WhatsNewPages.addition(diff, site.playbooks().stream().map(Playbook::actor).map(actor -> actor.id()).toList());
	}
}
