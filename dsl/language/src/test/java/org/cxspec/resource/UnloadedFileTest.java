package org.cxspec.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cxspec.testing.ShippedExamples;
import org.cxspec.tests.CxspecInjectorProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.StringInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * When the language server reads an edited file again, the old model is unloaded: each element
 * becomes a proxy that other files' links still hold, and that must lead to the same element of
 * the new model. Checked for every example file, for long lists (a journey of 80 touchpoints)
 * and for a file of 2,000 stray lines.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class UnloadedFileTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TestFactory
	Stream<DynamicTest> everyElementOfAnUnloadedFileLeadsToTheSameElementWhenTheFileIsReadAgain() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (Path file : ShippedExamples.specFiles()) {
			String text = Files.readString(file);
			tests.add(DynamicTest.dynamicTest(ShippedExamples.FOLDER.relativize(file).toString(), () -> unloadAndReadAgain(text)));
		}
		tests.add(DynamicTest.dynamicTest("a journey of 80 touchpoints", () -> unloadAndReadAgain(longJourney(80))));
		tests.add(DynamicTest.dynamicTest("2,000 stray lines", () -> unloadAndReadAgain(longJourney(3) + "this line is no statement\n".repeat(2000))));
		return tests.stream();
	}

	private void unloadAndReadAgain(String text) throws IOException {
		Resource old = load(text);
		Map<EObject, URI> addresses = new IdentityHashMap<>();
		old.getAllContents().forEachRemaining(element -> addresses.put(element, EcoreUtil.getURI(element)));
		assertTrue(addresses.size() > 1, "nothing parsed");

		old.unload();

		Resource fresh = load(text);
		for (Map.Entry<EObject, URI> element : addresses.entrySet()) {
			InternalEObject proxy = (InternalEObject) element.getKey();
			assertTrue(proxy.eIsProxy(), () -> "not a proxy after unloading: " + element.getValue());
			assertEquals(element.getValue(), proxy.eProxyURI(), "the proxy's address");
			EObject again = fresh.getEObject(proxy.eProxyURI().fragment());
			assertNotNull(again, () -> "leads nowhere: " + element.getValue());
			assertEquals(proxy.eClass(), again.eClass(), () -> "leads to another kind of element: " + element.getValue());
		}
	}

	private Resource load(String text) throws IOException {
		Resource resource = resourceSets.get().createResource(URI.createURI("file:///specs/unloaded.cxspec"));
		resource.load(new StringInputStream(text), null);
		return resource;
	}

	private static String longJourney(int touchpoints) {
		StringBuilder text = new StringBuilder("value Ease \"Little effort\" drives retention\n"
				+ "journey Claim \"Making a claim\" {\n  stage Report \"Reporting\" {\n");
		for (int i = 0; i < touchpoints; i++) {
			text.append("    touchpoint Call").append(i).append(" \"A call\" {\n      channel phone\n      delivers Ease\n    }\n");
		}
		return text.append("  }\n}\n").toString();
	}
}
