package org.cxspec.validation;

import static org.cxspec.cxspec.CxspecPackage.Literals.BRAND__PROMISES;
import static org.cxspec.cxspec.CxspecPackage.Literals.DECLARATION__NAME;

import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.Model;
import org.cxspec.index.FileFacts.BrandFacts;
import org.cxspec.index.Place;
import org.cxspec.index.SpecIndex;
import org.cxspec.rules.Rule;
import org.eclipse.xtext.validation.Check;

/** One brand per model, with the promise it holds tight and what it differentiates from. */
public class BrandValidator extends RuleValidator {

	/** With no brand at all, the finding goes on the first file of the model (by path), once. */
	@Check
	public void modelHasBrand(Model model) {
		SpecIndex index = index(model);
		if (index.brands().isEmpty() && model.eResource().getURI().equals(index.firstFile().file())) {
			report(Rule.MISSING_PROMISE, "No brand promise is declared in this spec: add a brand with the one sentence it holds tight,"
					+ " e.g. brand Acme \"Acme\" { promise \"...\" }.", model, null);
		}
	}

	@Check
	public void oneBrandWithPromise(Brand brand) {
		SpecIndex index = index(brand);
		BrandFacts first = index.brands().get(0);
		Place here = Place.of(brand);
		if (!first.place().equals(here)) {
			report(Rule.MULTIPLE_BRANDS, "Brand " + brand.getName() + " is a second brand in this spec (the first is " + first.name()
					+ " at " + first.place().describe() + "): keep one brand per spec.", brand, DECLARATION__NAME);
		} else if (!index.hasPromise()) {
			report(Rule.MISSING_PROMISE, "Brand " + brand.getName() + " declares no promise: add `promise \"...\"` with the one"
					+ " sentence the brand holds tight.", brand, DECLARATION__NAME);
		}
	}

	@Check
	public void promiseDifferentiates(Brand brand) {
		if (!brand.getPromises().isEmpty() && brand.getDifferentiatesFrom().isEmpty()) {
			report(Rule.PROMISE_WITHOUT_DIFFERENTIATION, "The promise of brand " + brand.getName() + " differentiates from nothing:"
					+ " add `differentiates from \"...\"` naming the competitors or habits it sets you apart from.",
					brand, BRAND__PROMISES, 0);
		}
	}
}
