package org.cxspec.formatting2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecLoader;
import org.cxspec.tests.CxspecInjectorProvider;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class CxspecFormatterTest {

	private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

	@Inject
	private SpecLoader loader;

	@Inject
	private SpecFormatting formatting;

	static Stream<Path> specs() throws IOException {
		try (Stream<Path> files = Files.walk(ROOT.resolve("examples"))) {
			List<Path> found = files.filter(file -> file.toString().endsWith(".cxspec")).sorted().toList();
			return found.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("specs")
	void everyExampleIsAlreadyFormattedAndKeepsItsModel(Path file) throws IOException {
		String text = Files.readString(file);
		String once = format(text);
		assertEquals(text, once, file + " is not laid out as the formatter would");
		assertEquals(dump(text), dump(once));
	}

	@Test
	void laysOutAMessySpecAndFormattingTwiceChangesNothing() {
		String messy = """
				// the brand
				brand   Acme "Acme"{promise "Simple."
				  tight "Use names"   for Ease ,Fair


				loose "Fix it"
				within "Up to 100 euros"   example "Book the glazier"   }
				value Ease "Ease" drives retention   value Fair "Fair" drives advocacy



				journey J "J" for C { stage S "s" { touchpoint T "t" { channel phone delivers Ease,Fair  // why
				measured by M
				} } }
				customer C "c" { expects E "e" scored 2.8 target -4.2 out of 5 }
				""";
		String expected = """
				// the brand
				brand Acme "Acme" {
				    promise "Simple."
				    tight "Use names" for Ease, Fair

				    loose "Fix it"
				        within "Up to 100 euros" example "Book the glazier"
				}
				value Ease "Ease" drives retention
				value Fair "Fair" drives advocacy

				journey J "J" for C {
				    stage S "s" {
				        touchpoint T "t" {
				            channel phone
				            delivers Ease, Fair // why
				            measured by M
				        }
				    }
				}
				customer C "c" {
				    expects E "e" scored 2.8 target -4.2 out of 5
				}
				""";
		String once = format(messy);
		assertEquals(expected, once);
		assertEquals(once, format(once));
		assertEquals(dump(messy), dump(once));
	}

	@Test
	void keepsCommentsWhereTheyAreWrittenAndFormattingTwiceChangesNothing() {
		String written = """
				value Care "Care" drives retention
				customer C "c" {
				    expects E "e" scored 2.8 target 4.2 out of 5
				}   /* closes
				   the customers */

				// what we value

				value Ease "Ease" drives retention
				journey J "J" for C
				/* one journey */
				{
				    stage S "s" { touchpoint T "t" { delivers Care, /* and
				       more */ Ease } }
				}
				""";
		String expected = """
				value Care "Care" drives retention
				customer C "c" {
				    expects E "e" scored 2.8 target 4.2 out of 5
				} /* closes
				   the customers */

				// what we value

				value Ease "Ease" drives retention
				journey J "J" for C
				/* one journey */ {
				    stage S "s" {
				        touchpoint T "t" {
				            delivers Care, /* and
				       more */ Ease
				        }
				    }
				}
				""";
		String once = format(written);
		assertEquals(expected, once);
		assertEquals(once, format(once));
	}

	/**
	 * Comments of every shape put after every fifth brace, comma or space of every example: the
	 * words and comments come out as written, and a second run changes nothing.
	 */
	@ParameterizedTest
	@MethodSource("specs")
	void commentsAnywhereKeepEveryWordAndFormattingTwiceChangesNothing(Path file) throws IOException {
		String text = Files.readString(file);
		String[] comments = { " /* a\n   b */", "/* c */", "\n/* own\n line */\n", "\n\n/* own */\n\n", " // trailing\n",
				"\n// own line\n", "\n\n// own line\n\n" };
		for (String comment : comments) {
			for (int phase = 0; phase < 5; phase++) {
				String variant = withComments(text, comment, phase);
				String once = format(variant);
				assertEquals(variant.replaceAll("\\s", ""), once.replaceAll("\\s", ""), "only spacing changes");
				assertEquals(once, format(once), file + " with " + comment.replace("\n", "\\n") + " after every fifth place from " + phase);
			}
		}
	}

	/** The text with {@code comment} after every fifth brace, comma or space outside texts and comments. */
	private static String withComments(String text, String comment, int phase) {
		StringBuilder out = new StringBuilder();
		int places = 0;
		boolean inText = false;
		for (int i = 0; i < text.length(); i++) {
			if (!inText && (text.startsWith("//", i) || text.startsWith("/*", i))) {
				int end = text.startsWith("//", i) ? text.indexOf('\n', i) : text.indexOf("*/", i) + 2;
				out.append(text, i, end);
				i = end - 1;
				continue;
			}
			char c = text.charAt(i);
			out.append(c);
			inText ^= c == '"';
			if (!inText && "{}, ".indexOf(c) >= 0 && places++ % 5 == phase) {
				out.append(comment);
			}
		}
		return out.toString();
	}

	@Test
	void refusesAFileWithSyntaxErrors() {
		LoadedSpec spec = loader.loadTexts(Map.of(Path.of("/broken.cxspec"), "brand A \"a\" { promise }"));
		assertNull(formatting.format((XtextResource) spec.resources().get(0)));
	}

	private String format(String text) {
		LoadedSpec spec = loader.loadTexts(Map.of(Path.of("/spec.cxspec"), text));
		String formatted = formatting.format((XtextResource) spec.resources().get(0));
		assertNotNull(formatted, "syntax errors in\n" + text);
		return formatted;
	}

	/** Every attribute and the name of every reference target, in containment order. */
	private String dump(String text) {
		LoadedSpec spec = loader.loadTexts(new LinkedHashMap<>(Map.of(Path.of("/spec.cxspec"), text)));
		Resource resource = spec.resources().get(0);
		StringBuilder out = new StringBuilder();
		resource.getAllContents().forEachRemaining(element -> dump(element, out));
		return out.toString();
	}

	private static void dump(EObject element, StringBuilder out) {
		out.append(element.eClass().getName()).append('\n');
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature instanceof EAttribute) {
				out.append("  ").append(feature.getName()).append('=').append(element.eGet(feature)).append('\n');
			} else if (feature instanceof EReference reference && !reference.isContainment()) {
				out.append("  ").append(feature.getName()).append("->");
				for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
					out.append(NodeModelUtils.getTokenText(node)).append(' ');
				}
				out.append('\n');
			}
		}
	}
}
