package org.cxspec.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.cxspec.ide.CxspecIdeSetup;
import org.cxspec.index.FileFacts;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.StringInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.google.inject.Injector;

/**
 * The names a file refers to, kept in the server's index: when one of them is declared, removed
 * or changes kind in another file, this file is checked again. Each must be there as written,
 * also in a file with syntax errors and misspelt names, or a finding would stay stale.
 */
class IndexedReferencesTest {

	private static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();
	private static final Injector INJECTOR = new CxspecIdeSetup().createInjectorAndDoEMFRegistration();

	@TestFactory
	Stream<DynamicTest> theIndexHoldsEveryNameWrittenInALink() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		try (Stream<Path> files = Files.walk(EXAMPLES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".cxspec")).sorted().toList()) {
				String text = Files.readString(file);
				tests.add(DynamicTest.dynamicTest(EXAMPLES.relativize(file).toString(), () -> assertIndexedAsWritten(text, null)));
			}
		}
		assertFalse(tests.isEmpty(), "no example under " + EXAMPLES);
		tests.add(DynamicTest.dynamicTest("syntax errors and misspelt names", () -> assertIndexedAsWritten("""
				value Ease "Little effort" drives retention
				journey Claim "Making a claim" for Homeowner {
				  stage Report "Reporting" {
				    touchpoint Call "A call" {
				      channel phone
				      delivers Eas, ^Speed,
				      staffed by Agent Agent2
				    }
				    touchpoint { delivers Ease }
				  }
				""", "Agent Eas Homeowner Speed")));
		return tests.stream();
	}

	/** The names the index holds for the file are those written in its links (and are {@code expected}, if given). */
	private static void assertIndexedAsWritten(String text, String expected) throws IOException {
		XtextResource file = (XtextResource) INJECTOR.getInstance(XtextResourceSet.class).createResource(URI.createURI("file:///specs/file.cxspec"));
		file.load(new StringInputStream(text), null);
		Set<String> written = new TreeSet<>();
		for (ILeafNode leaf : file.getParseResult().getRootNode().getLeafNodes()) {
			if (!leaf.isHidden() && GrammarUtil.containingCrossReference(leaf.getGrammarElement()) != null) {
				written.add(FileFacts.nameWritten(leaf));
			}
		}
		IResourceDescription indexed = INJECTOR.getInstance(CrossFileChanges.class).getResourceDescription(file);
		String references = indexed.getExportedObjects().iterator().next().getUserData(SpecResourceDescription.REFERENCES);
		assertEquals(String.join(" ", written), references);
		if (expected != null) {
			assertEquals(expected, references);
		}
	}
}
