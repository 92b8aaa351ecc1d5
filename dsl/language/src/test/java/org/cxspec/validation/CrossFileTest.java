package org.cxspec.validation;

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

/** A spec split the way a CX team works (brand, people, one file per journey) is one model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class CrossFileTest {

	private static final String BRAND = """
			brand Shop "Corner Shop" {
			    promise "Easy, every time."
			    differentiates from "shops that make you wait"
			    tight "Prices are always visible" for Ease
			}
			value Ease "Little effort" drives retention
			metric CES "Customer Effort Score" current 3 target 2 lower is better
			""";

	private static final String PEOPLE = """
			customer Shoppers "People who shop with us" {
			    expects Quick "Served quickly" scored 3 target 4 out of 5
			}
			role Clerk "Shop clerk"
			""";

	private static final String JOURNEY = """
			journey Visit "A visit to the shop" for Shoppers {
			    stage Pay "I pay" {
			        touchpoint Till "At the till" {
			            delivers Ease
			            addresses Quick
			            staffed by Clerk
			            measured by CES
			        }
			    }
			}
			""";

	@Inject
	private SpecFixture spec;

	@Test
	void aSpecSplitOverThreeFilesLinksAsOneModel() {
		assertClean(spec.checkFiles("brand.cxspec", BRAND, "people.cxspec", PEOPLE, "journey.cxspec", JOURNEY));
	}

	@Test
	void theOrderOfTheFilesDoesNotMatter() {
		assertClean(spec.checkFiles("journey.cxspec", JOURNEY, "people.cxspec", PEOPLE, "brand.cxspec", BRAND));
	}

	@Test
	void duplicateNamesAcrossFilesAreReportedOnBoth() {
		List<Finding> findings = spec.checkFiles("brand.cxspec", BRAND, "people.cxspec", PEOPLE + "metric Quick \"Queue time\" current 4 target 2 lower is better\n",
				"journey.cxspec", JOURNEY);
		List<Finding> duplicates = assertOnly(findings, Rule.DUPLICATE_NAME, 2, "Quick");
		assertTrue(duplicates.get(0).message().contains("people.cxspec line 5"), duplicates.get(0).message());
		assertTrue(duplicates.get(1).message().contains("people.cxspec line 2"), duplicates.get(1).message());
	}

	@Test
	void duplicateDeclarationsInTwoFilesAreReportedInEachFile() {
		List<Finding> findings = spec.checkFiles("brand.cxspec", BRAND, "people.cxspec", PEOPLE, "journey.cxspec", JOURNEY,
				"more-people.cxspec", "role Clerk \"Night clerk\"\n");
		List<Finding> duplicates = assertOnly(findings, Rule.DUPLICATE_NAME, 2, "Clerk");
		assertEquals(List.of("more-people.cxspec", "people.cxspec"),
				duplicates.stream().map(f -> f.file().getFileName().toString()).sorted().toList());
		assertTrue(duplicates.stream().anyMatch(f -> f.message().contains("more-people.cxspec line 1")), SpecFixture.describe(duplicates));
	}

	@Test
	void aModelWithoutBrandIsReportedOnceOnTheFirstFileByPath() {
		List<Finding> findings = spec.checkFiles("z-people.cxspec", PEOPLE, "m-journey.cxspec", JOURNEY,
				"b-values.cxspec", BRAND.substring(BRAND.indexOf("value")));
		List<Finding> missing = ofRule(findings, Rule.MISSING_PROMISE);
		assertEquals(1, missing.size(), SpecFixture.describe(findings));
		assertEquals("b-values.cxspec", missing.get(0).file().getFileName().toString());
		assertEquals(1, missing.get(0).line());
	}

	@Test
	void aPromiseInOneOfTwoBrandFilesIsMultipleBrandsNotMissingPromise() {
		String other = "brand Other \"Other Shop\" {\n    promise \"Cheap.\"\n    differentiates from \"the mall\"\n}\n";
		List<Finding> findings = spec.checkFiles("a-brand.cxspec", BRAND, "people.cxspec", PEOPLE, "journey.cxspec", JOURNEY,
				"z-brand.cxspec", other);
		Finding finding = assertOnly(findings, Rule.MULTIPLE_BRANDS, "Other");
		assertEquals("z-brand.cxspec", finding.file().getFileName().toString());
	}

	@Test
	void aBrandStandardAndATouchpointFreedomInAnotherFileConflictOnceOnTheLoose() {
		String journey = JOURNEY.replace("measured by CES", "measured by CES\n loose \"  prices are ALWAYS visible!!\" within \"on the shelf\"");
		List<Finding> findings = spec.checkFiles("brand.cxspec", BRAND, "people.cxspec", PEOPLE, "journey.cxspec", journey);
		Finding finding = assertOnly(findings, Rule.TIGHT_LOOSE_CONFLICT, "prices are ALWAYS visible!!");
		assertEquals("journey.cxspec", finding.file().getFileName().toString());
		assertEquals(8, finding.line());
	}

	@Test
	void aValueDeliveredAndAnExpectationAddressedOnlyInAnotherFileCount() {
		List<Finding> findings = spec.checkFiles("brand.cxspec", BRAND, "people.cxspec", PEOPLE, "journey.cxspec",
				JOURNEY.replace("delivers Ease\n", "").replace("addresses Quick\n", ""));
		assertOnly(ofRule(findings, Rule.VALUE_NOT_DELIVERED), Rule.VALUE_NOT_DELIVERED, "Ease");
		assertOnly(ofRule(findings, Rule.EXPECTATION_NOT_ADDRESSED), Rule.EXPECTATION_NOT_ADDRESSED, "Quick");
		assertEquals("brand.cxspec", ofRule(findings, Rule.VALUE_NOT_DELIVERED).get(0).file().getFileName().toString());
	}

	@Test
	void theSecondBrandIsTheLaterByPathWhateverOrderTheFilesComeIn() {
		String other = "brand Other \"Other Shop\" {\n    promise \"Cheap.\"\n    differentiates from \"the mall\"\n}\n";
		List<Finding> findings = spec.checkFiles("z-brand.cxspec", other, "people.cxspec", PEOPLE, "journey.cxspec", JOURNEY,
				"a-brand.cxspec", BRAND);
		Finding finding = assertOnly(findings, Rule.MULTIPLE_BRANDS, "Other");
		assertEquals("z-brand.cxspec", finding.file().getFileName().toString());
		assertTrue(finding.message().contains("Shop"), finding.message());
	}
}
