package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user of {@code cxspec generate} sees: exit status, messages, and what lands in the folder. */
class GenerateCommandTest {

	private static final String GOOD = """
			brand B "Brand" { promise "We keep it simple." differentiates from "the rest" }
			customer C "Customers" { expects E "Fast" scored 3 target 4 out of 5 }
			value V "Being helped fast" drives retention
			metric M "Effort" current 3 target 2 lower is better
			role Agent "Service agent: answers the phone"
			journey J "Getting help" for C {
			    stage S "I call" {
			        touchpoint P "The call" {
			            channel phone
			            delivers V
			            addresses E
			            staffed by Agent
			            measured by M
			            tight "Answer within a minute" for V
			            loose "How you help" within "No refunds over 50 euros"
			        }
			    }
			}
			""";

	@TempDir
	Path temp;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		return Main.run(args, new PrintWriter(out), new PrintWriter(err));
	}

	private Path spec(String name, String text) throws IOException {
		Path file = temp.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		return file;
	}

	@Test
	void writesEveryDocumentOfTheContract() throws Exception {
		Path spec = spec("spec/brand.cxspec", GOOD);
		Path target = temp.resolve("site");
		assertEquals(Main.OK, run("generate", "--out", target.toString(), spec.getParent().toString()), err.toString());
		for (String file : List.of("index.html", "playbooks/Agent.html", "playbooks/Agent.md", "checklists/P.html",
				"checklists/P.md", "report.html", "report.md", "report.json", "journeys/J.svg")) {
			assertTrue(Files.isRegularFile(target.resolve(file)), file);
		}
		assertTrue(out.toString().contains("Wrote "), out.toString());
	}

	@Test
	void refusesASpecWithErrorsAndWritesNothing() throws Exception {
		Path spec = spec("broken.cxspec", GOOD.replace("promise \"We keep it simple.\"", "")
				.replace("delivers V", "delivers Nowhere"));
		Path target = temp.resolve("site");
		assertEquals(Main.FINDINGS, run("generate", "--out", target.toString(), spec.toString()));
		assertFalse(Files.exists(target));
		assertTrue(out.toString().contains("error: ") && out.toString().contains("[missing-promise]"), out.toString());
		assertTrue(err.toString().contains("Nothing was written"), err.toString());
	}

	@Test
	void warningsArePrintedAndGenerationGoesOn() throws Exception {
		Path spec = spec("warn.cxspec", GOOD.replace("metric M \"Effort\" current 3 target 2 lower is better",
				"metric M \"Effort\" current 3 lower is better"));
		assertEquals(Main.OK, run("generate", "--out", temp.resolve("site").toString(), spec.toString()), err.toString());
		assertTrue(out.toString().contains("[metric-without-target]"), out.toString());
		assertTrue(Files.readString(temp.resolve("site/report.json")).contains("\"metric-without-target\""));
	}

	@Test
	void badInputIsOneLineAndExitTwo() throws Exception {
		assertEquals(Main.BAD_INPUT, run("generate", "--out", temp.resolve("site").toString(), temp.resolve("nope").toString()));
		assertEquals(1, err.toString().lines().count(), err.toString());
		assertTrue(err.toString().contains("no such file or folder"));
		Path file = spec("a-file.txt", "x");
		Path spec = spec("ok.cxspec", GOOD);
		assertEquals(Main.BAD_INPUT, run("generate", "--out", file.toString(), spec.toString()));
	}

	@Test
	void dutchLabelsWithTheSpecTextAsWritten() throws Exception {
		Path spec = spec("nl.cxspec", GOOD);
		assertEquals(Main.OK, run("generate", "--lang", "nl", "--out", temp.resolve("site").toString(), spec.toString()));
		String playbook = Files.readString(temp.resolve("site/playbooks/Agent.html"));
		assertTrue(playbook.contains("<html lang=\"nl\">"));
		assertTrue(playbook.contains("Playbook voor Service agent"), playbook);
		assertTrue(playbook.contains("Jouw keuze") && playbook.contains("Answer within a minute"));
		assertEquals(Main.BAD_INPUT, run("generate", "--lang", "fr", spec.toString()));
	}

	@Test
	void aBrokenCustomTemplateIsNamedAndNothingIsWritten() throws Exception {
		Path spec = spec("t.cxspec", GOOD);
		Path templates = temp.resolve("templates");
		Files.createDirectories(templates);
		Files.writeString(templates.resolve("playbook.md.vm"), "# $actor.name()\n#foreach($x in $playbook.journeys())\n");
		Path target = temp.resolve("site");
		assertEquals(Main.BAD_INPUT, run("generate", "--templates", templates.toString(), "--out", target.toString(),
				spec.toString()));
		assertTrue(err.toString().contains(templates.resolve("playbook.md.vm") + ":"), err.toString());
		assertFalse(Files.exists(target));
		Files.writeString(templates.resolve("playbook.md.vm"), "Custom $playbook.actor().shortName()\n");
		assertEquals(Main.OK, run("generate", "--templates", templates.toString(), "--out", target.toString(),
				spec.toString()), err.toString());
		assertEquals("Custom Service agent\n", Files.readString(target.resolve("playbooks/Agent.md")));
		assertEquals(Main.BAD_INPUT, run("generate", "--templates", temp.resolve("none").toString(), spec.toString()));
	}

	@Test
	void eachSubFolderIsItsOwnSpecWithAPageLinkingThem() throws Exception {
		spec("specs/first/brand.cxspec", GOOD);
		spec("specs/second.cxspec", GOOD.replace("\"Brand\"", "\"Second brand\""));
		spec("specs/notes/readme.txt", "not a spec");
		Path target = temp.resolve("site");
		assertEquals(Main.OK, run("generate", "--each", "--out", target.toString(), temp.resolve("specs").toString()),
				err.toString());
		assertTrue(Files.isRegularFile(target.resolve("first/index.html")));
		assertTrue(Files.isRegularFile(target.resolve("second/playbooks/Agent.html")));
		assertFalse(Files.exists(target.resolve("notes")));
		String index = Files.readString(target.resolve("index.html"));
		assertTrue(index.contains("href=\"first/index.html\"") && index.contains("Second brand"), index);
	}

	@Test
	void rerunningKeepsTheUsersOwnFiles() throws Exception {
		Path spec = spec("keep.cxspec", GOOD);
		Path target = temp.resolve("site");
		Files.createDirectories(target);
		Files.writeString(target.resolve("my-notes.md"), "mine");
		assertEquals(Main.OK, run("generate", "--out", target.toString(), spec.toString()));
		assertEquals(Main.OK, run("generate", "--out", target.toString(), spec.toString()));
		assertEquals("mine", Files.readString(target.resolve("my-notes.md")));
		assertEquals(List.of(".cxspec-files", "checklists", "index.html", "journeys", "my-notes.md", "playbooks",
				"report.html", "report.json", "report.md"), list(target));
	}

	private static List<String> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return new ArrayList<>(files.map(file -> file.getFileName().toString()).sorted().toList());
		}
	}
}
