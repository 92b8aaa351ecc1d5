package org.cxspec.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.cxspec.testing.ShippedExamples;
import org.cxspec.tests.CxspecInjectorProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.StringInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The language server reads a file's cross-file facts before its links are resolved (from the
 * text of each link), the command line after (from the names linked to): both must see the same
 * facts, or a rule across files would report differently in the editor and in CI.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class FileFactsTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TestFactory
	Stream<DynamicTest> eachExampleFileHasTheSameFactsBeforeAndAfterItsLinksAreResolved() throws IOException {
		return ShippedExamples.folders().stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
			XtextResourceSet files = resourceSets.get();
			try (Stream<Path> specs = Files.list(folder)) {
				for (Path spec : specs.filter(path -> path.toString().endsWith(".cxspec")).sorted().toList()) {
					files.getResource(URI.createFileURI(spec.toString()), true);
				}
			}
			List<Resource> resources = List.copyOf(files.getResources());
			List<FileFacts> before = resources.stream().map(FileFacts::of).toList();
			EcoreUtil.resolveAll(files);
			assertEquals(before, resources.stream().map(FileFacts::of).toList());
		}));
	}

	@Test
	void aNameThatLinksToNothingCountsAsWritten() throws IOException {
		Resource file = resourceSets.get().createResource(URI.createURI("file:///specs/journey.cxspec"));
		file.load(new StringInputStream("""
				value Ease "Little effort" drives retention
				journey Claim "Making a claim" {
				  stage Report "Reporting" {
				    touchpoint Call "A call" {
				      channel phone
				      delivers Ease, ^Speed
				      staffed by Agent
				    }
				  }
				}
				"""), null);
		FileFacts unresolved = FileFacts.of(file);
		EcoreUtil.resolveAll(file);
		FileFacts resolved = FileFacts.of(file);
		assertEquals(Set.of("Ease", "Speed"), unresolved.deliveredValues());
		assertEquals(Set.of("Agent"), unresolved.busyActors());
		assertEquals(unresolved, resolved);
	}
}
