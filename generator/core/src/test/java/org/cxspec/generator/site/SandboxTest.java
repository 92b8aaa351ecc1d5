package org.cxspec.generator.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.cxspec.generator.view.Site;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom templates replace shipped ones, inside the same sandbox; broken ones are named with line and column. */
class SandboxTest {

	private static Site site;

	@TempDir
	Path templates;

	@BeforeAll
	static void spec() {
		site = Specs.inline("""
				brand B "Brand" { promise "We keep it simple." }
				value V "Value" drives retention
				role R "Agent"
				journey J "Journey" { stage S "Stage" { touchpoint P "Moment" { delivers V staffed by R tight "Smile" for V } } }
				""", Locale.ENGLISH);
	}

	private String render(String name, String template) throws Exception {
		Files.writeString(templates.resolve(name), template);
		return new SiteRenderer(new Templates(templates), Locale.ENGLISH).render(site).get("index.html");
	}

	@Test
	void aCustomTemplateReplacesTheShippedOneAndIsEscapedTheSameWay() throws Exception {
		assertEquals("<p>We keep it simple. &amp; more</p>\n", render("index.html.vm", "<p>$brand.promise() & more</p>\n"
				.replace("& more", "$l.get('and').replace('and', '&') more")));
	}

	@Test
	void aCustomPartialIsUsedByShippedTemplates() throws Exception {
		Files.writeString(templates.resolve("style.css.vm"), "body { color: #123456; }");
		String page = new SiteRenderer(new Templates(templates), Locale.ENGLISH).render(site).get("report.html");
		assertTrue(page.contains("body { color: #123456; }"));
	}

	@Test
	void brokenSyntaxNamesTemplateLineAndColumn() {
		TemplateProblem problem = assertThrows(TemplateProblem.class, () -> render("index.html.vm", "ok\nline two #if(\n"));
		assertTrue(problem.getMessage().startsWith(templates.resolve("index.html.vm") + ":3:"), problem.getMessage());
		assertTrue(problem.getMessage().contains("lacks its #end"), problem.getMessage());
	}

	@Test
	void unknownReferenceIsAnErrorNotSilence() {
		TemplateProblem problem = assertThrows(TemplateProblem.class, () -> render("index.html.vm", "\n  $brand.nonsense()"));
		assertTrue(problem.getMessage().startsWith(templates.resolve("index.html.vm") + ":2:"), problem.getMessage());
	}

	@Test
	void reflectionIsOutOfReach() {
		assertThrows(TemplateProblem.class,
				() -> render("index.html.vm", "$brand.getClass().forName('java.lang.Runtime')"));
		assertThrows(TemplateProblem.class, () -> render("index.html.vm", "$brand.getClass().getName()"));
		assertThrows(TemplateProblem.class, () -> render("index.html.vm", "$brand.class.name"));
	}

	@Test
	void evaluateIsRefused() {
		TemplateProblem problem = assertThrows(TemplateProblem.class,
				() -> render("index.html.vm", "x\n#evaluate($brand.promise())"));
		assertTrue(problem.getMessage().contains(":2:1:") && problem.getMessage().contains("#evaluate"), problem.getMessage());
	}

	/** Renders index.html.vm with a small budget: 100,000 loop steps and 1 MB of text per document. */
	private String renderOnBudget(String template) throws Exception {
		Files.writeString(templates.resolve("index.html.vm"), template);
		return new SiteRenderer(new Templates(templates, 100_000, 1024 * 1024), Locale.ENGLISH).render(site).get("index.html");
	}

	private void assertRefusedAt(String position, String words, Executable rendering) {
		TemplateProblem problem = assertThrows(TemplateProblem.class, rendering);
		assertTrue(problem.getMessage().startsWith(templates.resolve("index.html.vm") + ":" + position + ": "), problem.getMessage());
		assertTrue(problem.getMessage().contains(words), problem.getMessage());
	}

	@Test
	void theLoopBudgetCoversTheWholeDocumentNotEachLoop() throws Exception {
		assertEquals(90_000, renderOnBudget("#foreach($i in [1..300])#foreach($j in [1..300])x#end#end").length());
		assertRefusedAt("1:26", "loops of this document would run more than 100000 times",
				() -> renderOnBudget("#foreach($i in [1..1000])#foreach($j in [1..1000000])x#end#end"));
		assertRefusedAt("2:1", "more than 100000 times",
				() -> renderOnBudget("#foreach($i in [1..50000])#end\n#foreach($i in [1..50001])#end"));
	}

	@Test
	void aHugeRepeatIsRefusedBeforeItIsBuilt() {
		assertRefusedAt("1:18", "larger than 1 MB", () -> renderOnBudget("$brand.promise().repeat(2000000000)"));
		assertRefusedAt("1:18", "larger than", () -> render("index.html.vm", "$brand.promise().repeat(2000000000)"));
	}

	@Test
	void theOutputOfADocumentIsCapped() {
		assertRefusedAt("1:1", "document would be larger than 1 MB", () -> renderOnBudget("#foreach($i in [1..5000])"
				+ "x".repeat(300) + "#end"));
		TemplateProblem problem = assertThrows(TemplateProblem.class,
				() -> renderOnBudget("#foreach($i in [1..90000])$brand.promise().repeat(10)#end"));
		assertTrue(problem.getMessage().matches("\\Q" + templates.resolve("index.html.vm") + "\\E:1:\\d+: .*larger than 1 MB.*"),
				problem.getMessage());
	}

	@Test
	void doublingATextInALoopStopsLongBeforeMemoryRunsOut() {
		assertRefusedAt("1:24", "texts this document builds would be larger than 1 MB",
				() -> renderOnBudget("#set($a = 'xxxxxxxxxx')#foreach($i in [1..40])#set($a = \"$a$a\")#end$a"));
		TemplateProblem concat = assertThrows(TemplateProblem.class,
				() -> renderOnBudget("#set($a = 'xxxxxxxxxx')#foreach($i in [1..40])#set($a = $a.concat($a))#end$a"));
		assertTrue(concat.getMessage().contains("texts this document builds would be larger than 1 MB"), concat.getMessage());
	}

	@Test
	void deepNestingIsRefusedWithItsPositionNotAStackOverflow() {
		assertRefusedAt("1:577", "nested more than 64 deep", () -> render("index.html.vm", "#if(true)".repeat(5000) + "#end".repeat(5000)));
		assertRefusedAt("2:138", "brackets nested more than 128 deep", () -> render("index.html.vm", "\n#set($x = " + "(".repeat(20000) + "1"
				+ ")".repeat(20000) + ")"));
	}

	@Test
	void aLinkInTheTemplatesFolderIsRefusedNotFollowed() throws Exception {
		Path secret = Files.writeString(templates.getParent().resolve("secret.txt"), "the secret");
		Files.createSymbolicLink(templates.resolve("notes.txt"), secret);
		TemplateProblem early = assertThrows(TemplateProblem.class, () -> Templates.checkFolder(templates));
		assertTrue(early.getMessage().contains("notes.txt: is a link"), early.getMessage());
		TemplateProblem late = assertThrows(TemplateProblem.class, () -> render("index.html.vm", "#include('notes.txt')"));
		assertTrue(late.getMessage().contains("notes.txt: is a link") && !late.getMessage().contains("the secret"), late.getMessage());
		Files.delete(templates.resolve("index.html.vm"));
		Files.createSymbolicLink(templates.resolve("index.html.vm"), secret);
		TemplateProblem linked = assertThrows(TemplateProblem.class,
				() -> new SiteRenderer(new Templates(templates), Locale.ENGLISH).render(site));
		assertTrue(linked.getMessage().contains("index.html.vm: is a link"), linked.getMessage());
	}

	@Test
	void aNamedPipeAsATemplateIsRefusedNotWaitedOn() throws Exception {
		Path fifo = templates.resolve("index.html.vm");
		Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
		TemplateProblem early = assertThrows(TemplateProblem.class, () -> Templates.checkFolder(templates));
		assertTrue(early.getMessage().contains("index.html.vm: not an ordinary file"), early.getMessage());
		TemplateProblem late = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> assertThrows(TemplateProblem.class,
				() -> new SiteRenderer(new Templates(templates), Locale.ENGLISH).render(site)));
		assertTrue(late.getMessage().contains("index.html.vm: not an ordinary file"), late.getMessage());
	}

	@Test
	void parseCannotLeaveTheTemplateFolders() throws Exception {
		Files.writeString(templates.getParent().resolve("secret.txt"), "secret");
		assertThrows(TemplateProblem.class, () -> render("index.html.vm", "#parse('../secret.txt')"));
		assertThrows(TemplateProblem.class, () -> render("index.html.vm", "#include('../secret.txt')"));
		assertThrows(TemplateProblem.class, () -> render("index.html.vm", "#parse('/etc/passwd')"));
	}
}
