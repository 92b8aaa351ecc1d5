package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --since}: what each reader sees at the top of their playbook, and the change page. */
class GenerateSinceTest {

	private static final String WITH_ASSESSOR = Specs.CLEAN.replace("role Agent \"Agent\"",
			"role Agent \"Agent\"\nrole Assessor \"Assessor\"\nclosed loop Unhappy \"Unhappy customers hear from us\" {\n"
					+ "    when NPS below 7\n    respond within 24 hours\n    owner Assessor\n}");

	@TempDir
	Path folder;

	@Test
	void affectedPlaybooksSayWhatIsNewAndOthersThatNothingChanged() throws Exception {
		Path old = Specs.write(folder, "old/spec.cxspec", WITH_ASSESSOR);
		Path now = Specs.write(folder, "new/spec.cxspec", WITH_ASSESSOR.replace("Say your name", "Say your name and your direct line"));
		Path out = folder.resolve("out");
		CliRun run = CliRun.of("generate", "--since", old.toString(), "--out", out.toString(), now.toString());
		assertEquals(0, run.exit(), run.err());
		String agent = Files.readString(out.resolve("playbooks/Agent.html"));
		assertTrue(agent.contains("What\u2019s new since " + old), agent);
		assertTrue(agent.contains("Say your name and your direct line\u201d (was: \u201cSay your name\u201d)"), agent);
		assertTrue(Files.readString(out.resolve("playbooks/Agent.md")).contains("## What\u2019s new since"));
		String assessor = Files.readString(out.resolve("playbooks/Assessor.html"));
		assertTrue(assessor.contains("Nothing changed for you since " + old), assessor);
		assertTrue(Files.readString(out.resolve("index.html")).contains("<a href=\"changes.html\">What changed since"));
		String page = Files.readString(out.resolve("changes.html"));
		assertTrue(page.contains("<a href=\"playbooks/Agent.html\">Agent</a>"), page);
		assertTrue(page.contains("Nothing changes for Assessor."), page);
	}

	@Test
	void withoutSinceNothingIsAdded() throws Exception {
		Path now = Specs.write(folder, "new/spec.cxspec", Specs.CLEAN);
		Path out = folder.resolve("out");
		assertEquals(0, CliRun.of("generate", "--out", out.toString(), now.toString()).exit());
		assertFalse(Files.exists(out.resolve("changes.html")));
		assertFalse(Files.readString(out.resolve("playbooks/Agent.html")).contains("whatsnew"));
	}

	@Test
	void anUnusableEarlierVersionWritesNothing() throws Exception {
		Path now = Specs.write(folder, "new/spec.cxspec", Specs.CLEAN);
		Path broken = Specs.write(folder, "old/spec.cxspec", Specs.CLEAN.replace("stage Report", "stag Report"));
		Path out = folder.resolve("out");
		CliRun run = CliRun.of("generate", "--since", broken.toString(), "--out", out.toString(), now.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("syntax error"), run.err());
		assertFalse(Files.exists(out), "nothing written");
		CliRun missing = CliRun.of("generate", "--since", "nosuchrevision:specs", "--out", out.toString(), now.toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err().startsWith("cxspec: --since "), missing.err());
		assertEquals(2, CliRun.of("generate", "--each", "--since", now.toString(), "--out", out.toString(), folder.toString()).exit());
		assertFalse(Files.exists(out), "nothing written");
	}
}
