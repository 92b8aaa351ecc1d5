package org.cxspec.generator.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.cxspec.generator.view.Site;
import org.junit.jupiter.api.BeforeAll;
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

	@Test
	void loopsAreBounded() throws Exception {
		String page = render("index.html.vm", "#foreach($i in [1..2000000])x#end");
		assertEquals(Templates.MAX_LOOPS, page.length());
	}

	@Test
	void parseCannotLeaveTheTemplateFolders() throws Exception {
		Files.writeString(templates.getParent().resolve("secret.txt"), "secret");
		assertThrows(TemplateProblem.class, () -> render("index.html.vm", "#parse('../secret.txt')"));
		assertThrows(TemplateProblem.class, () -> render("index.html.vm", "#include('../secret.txt')"));
		assertThrows(TemplateProblem.class, () -> render("index.html.vm", "#parse('/etc/passwd')"));
	}
}
