package org.cxspec.generator.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cxspec.generator.view.Site;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Spec text is data: markup, script, links, CDATA ends and template directives in every field stay text. */
class HostileTextTest {

	/** What a hostile or careless author might write, in spec-string syntax (\" is a quote). */
	private static final String H = "<script>alert(1)</script> <img src=x onerror=alert(2)>"
			+ " <a href='javascript:alert(3)'>x</a> \\\"onmouseover=\\\"alert(4) ]]> #set($x = 1)$x ${brand.name()} *bold* | pipe";
	/** The same text as a reader must see it. */
	private static final String SHOWN = H.replace("\\\"", "\"");

	private static final String SPEC = """
			brand B "%1$s" {
			    promise "%1$s"
			    differentiates from "%1$s"
			    tight "T1 %1$s" for V
			    loose "L1 %1$s" within "%1$s" example "%1$s"
			    backstage "%1$s"
			}
			customer C "%1$s" { expects E "%1$s" scored 2 target 4 out of 5 }
			value V "%1$s" drives retention
			metric M "%1$s" current 1 target 2 higher is better
			role R "%1$s"
			journey J "%1$s" for C {
			    stage S "%1$s" {
			        touchpoint P "%1$s" {
			            channel "%1$s"
			            differentiating
			            moment of truth
			            delivers V
			            addresses E
			            staffed by R
			            measured by M
			            tight "T2 %1$s" for V
			            loose "L2 %1$s" within "%1$s" example "%1$s"
			            backstage "%1$s"
			        }
			    }
			}
			cocreation X "%1$s" {
			    type creation with others
			    goal "%1$s" metric M target 2 by "2027-Q1"
			    owner R
			    involves C, R
			    method "%1$s"
			    rhythm community "%1$s" business "%1$s"
			    report back "%1$s"
			}
			closed loop Q "%1$s" { when "%1$s" respond within 2 hours owner R }
			""".formatted(H);

	private static Map<String, String> documents;

	@BeforeAll
	static void render() {
		Site site = Specs.inline(SPEC, Locale.ENGLISH);
		assertEquals(SHOWN, site.brand().promise(), "the spec did not parse as intended");
		documents = Specs.render(site, Locale.ENGLISH);
	}

	@Test
	void htmlAndSvgNeverCarryMarkupOrScriptFromTheSpec() {
		documents.forEach((path, text) -> {
			if (path.endsWith(".html") || path.endsWith(".svg")) {
				assertFalse(text.contains("<script"), path);
				assertFalse(text.contains("<img"), path);
				assertFalse(text.contains("<a href='javascript"), path);
				assertFalse(text.contains("\"onmouseover=\""), path);
				assertFalse(text.contains("]]>"), path);
				assertTrue(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), path + " lost the spec text");
			}
		});
	}

	@Test
	void templateDirectivesInSpecTextAreShownNotRun() {
		String index = documents.get("index.html");
		assertTrue(index.contains("#set($x = 1)$x ${brand.name()}"), "directive text was evaluated or dropped");
	}

	@Test
	void journeyMapIsWellFormedXmlAndShowsTheTextAsWritten() throws Exception {
		String svg = documents.get("journeys/J.svg");
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		String text = document.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
		assertTrue(text.contains("<script>alert(1)</script>"), "the map must show the text, escaped only for XML");
	}

	@Test
	void markdownShowsTheTextWithoutRunningIt() {
		documents.forEach((path, text) -> {
			if (path.endsWith(".md")) {
				assertFalse(text.contains("<script"), path);
				assertFalse(text.contains("<img"), path);
				assertTrue(text.contains("\\*bold\\* \\| pipe"), path + " must escape Markdown syntax in spec text");
			}
		});
	}

	@Test
	void jsonEscapesTheTextAndStaysParsable() {
		String json = documents.get("report.json");
		assertFalse(json.contains("<script"));
		assertTrue(json.contains("\\u003cscript\\u003ealert(1)"));
		assertTrue(json.contains("\\\"onmouseover=\\\"alert(4)"));
	}
}
