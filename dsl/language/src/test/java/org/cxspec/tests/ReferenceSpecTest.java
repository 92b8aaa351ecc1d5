package org.cxspec.tests;

import static org.cxspec.testing.SpecFixture.assertClean;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cxspec.load.BadInputException;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;
import org.cxspec.testing.ShippedExamples;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The reference spec and every example validate with no finding at all, not even an info. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class ReferenceSpecTest {

	/** The module directory: Maven runs tests there. */
	private static final Path MODULE = Path.of("").toAbsolutePath();

	@Inject
	private SpecLoader loader;

	@Inject
	private SpecChecker checker;

	/**
	 * The reference spec of the language specification, kept in the project as an example of its
	 * own (CI checks it is still the same bytes as the specification's copy).
	 */
	private static Path referenceSpec() {
		return MODULE.resolve("../../examples/acme-claims/claims.cxspec").normalize();
	}

	@Test
	void theReferenceSpecParsesLinksAndValidatesWithNoFindingAtAll() throws BadInputException {
		LoadedSpec spec = loader.load(List.of(referenceSpec()));
		assertTrue(spec.resources().get(0).getErrors().isEmpty(), () -> spec.resources().get(0).getErrors().toString());
		EcoreUtil.resolveAll(spec.resourceSet());
		assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(spec.resourceSet()).isEmpty());
		assertClean(checker.check(spec));
	}

	@TestFactory
	Stream<DynamicTest> everyExampleValidatesWithNoFindingAtAll() throws IOException {
		return ShippedExamples.folders().stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
				() -> assertClean(checker.check(loader.loadPaths(List.of(folder))))));
	}
}
