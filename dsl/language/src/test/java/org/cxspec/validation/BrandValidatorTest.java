package org.cxspec.validation;

import static org.cxspec.testing.SpecFixture.BASE;
import static org.cxspec.testing.SpecFixture.assertClean;
import static org.cxspec.testing.SpecFixture.assertOnly;
import static org.cxspec.testing.SpecFixture.ofRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cxspec.load.Finding;
import org.cxspec.rules.Rule;
import org.cxspec.testing.SpecFixture;
import org.cxspec.tests.CxspecInjectorProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class BrandValidatorTest {

	private static final String BRAND = """
			brand Shop "Corner Shop" {
			    promise "Easy, every time."
			    differentiates from "shops that make you wait"
			    /*BRAND*/
			}
			""";

	@Inject
	private SpecFixture spec;

	@Test
	void aBrandWithoutPromiseIsReportedOnTheBrand() {
		Finding finding = assertOnly(spec.check(BASE.replace("    promise \"Easy, every time.\"\n", "")), Rule.MISSING_PROMISE, "Shop");
		assertEquals(1, finding.line());
	}

	@Test
	void aSpecWithoutBrandIsReportedOnceOnItsFirstFileByPath() {
		String rest = BASE.replace(BRAND, "");
		List<Finding> findings = spec.checkFiles("b-people.cxspec", "role Cashier \"Cashier\"\n", "a-journeys.cxspec", rest);
		List<Finding> missing = ofRule(findings, Rule.MISSING_PROMISE);
		assertEquals(1, missing.size(), SpecFixture.describe(findings));
		assertEquals("a-journeys.cxspec", missing.get(0).file().getFileName().toString());
		assertEquals(Rule.MISSING_PROMISE.defaultSeverity(), missing.get(0).severity());
		assertTrue(missing.get(0).message().contains("brand"), missing.get(0).message());
	}

	@Test
	void aSecondBrandIsReportedAndNamesTheFirst() {
		String second = "brand Other \"Other Shop\" {\n    promise \"Cheap.\"\n    differentiates from \"the mall\"\n}\n";
		List<Finding> findings = spec.checkFiles("a.cxspec", BASE, "b.cxspec", second);
		Finding finding = assertOnly(findings, Rule.MULTIPLE_BRANDS, "Other");
		assertEquals("b.cxspec", finding.file().getFileName().toString());
		assertTrue(finding.message().contains("Shop"), finding.message());
	}

	@Test
	void aPromiseThatDifferentiatesFromNothingIsReported() {
		String text = BASE.replace("    differentiates from \"shops that make you wait\"\n", "");
		assertOnly(spec.check(text), Rule.PROMISE_WITHOUT_DIFFERENTIATION, "Shop");
	}

	@Test
	void oneBrandWithPromiseAndDifferentiationIsClean() {
		assertClean(spec.checkFiles("brand.cxspec", BRAND, "rest.cxspec", BASE.replace(BRAND, "")));
	}
}
