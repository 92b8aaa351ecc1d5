package org.cxspec.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * All consistency rules of the language, one validator per concern. The CLI, the language
 * server and the Maven plugin all run this same set, in every check mode.
 */
@ComposedChecks(validators = {
		StrayTextValidator.class,
		NamingValidator.class,
		RepeatedStatementValidator.class,
		BrandValidator.class,
		TraceabilityValidator.class,
		DifferentiationValidator.class,
		LooseTightValidator.class,
		JourneyValidator.class,
		CoCreationValidator.class,
		ClosedLoopValidator.class,
		ComputationValidator.class })
public class CxspecValidator extends AbstractCxspecValidator {
}
