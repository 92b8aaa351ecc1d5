package org.cxspec;

import org.cxspec.config.ConfiguredSeverities;
import org.cxspec.config.ConfiguredThresholds;
import org.cxspec.conversion.CxspecValueConverters;
import org.cxspec.linking.CxspecLinkingMessages;
import org.cxspec.linking.SpecResource;
import org.cxspec.naming.CxspecQualifiedNameProvider;
import org.cxspec.naming.CxspecResourceDescriptionStrategy;
import org.cxspec.parser.CxspecSyntaxErrorMessages;
import org.cxspec.parser.TokenBudgetParser;
import org.cxspec.resource.IndexedFragmentProvider;
import org.cxspec.rules.RuleSeverities;
import org.cxspec.rules.RuleThresholds;
import org.cxspec.suppression.SuppressingResourceValidator;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** The language's services: plain names, readable syntax and linking messages, number values. */
public class CxspecRuntimeModule extends AbstractCxspecRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return CxspecQualifiedNameProvider.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return CxspecResourceDescriptionStrategy.class;
	}

	/** Parses whole files only, within a budget of tokens per file. */
	@Override
	public Class<? extends IParser> bindIParser() {
		return TokenBudgetParser.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return SpecResource.class;
	}

	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return CxspecValueConverters.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return CxspecSyntaxErrorMessages.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProvider() {
		return CxspecLinkingMessages.class;
	}

	/** Fragments of elements in long lists (200,000 stray lines) found in constant time. */
	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return IndexedFragmentProvider.class;
	}

	/** Severities and thresholds from the cxspec.yaml that applies to each file. */
	public Class<? extends RuleSeverities> bindRuleSeverities() {
		return ConfiguredSeverities.class;
	}

	public Class<? extends RuleThresholds> bindRuleThresholds() {
		return ConfiguredThresholds.class;
	}

	/** Inline suppressions and configuration problems, applied wherever specs are validated. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return SuppressingResourceValidator.class;
	}

	/** EMF's generic checks speak of "features" and "ModelImpl@1f2e"; our rules say it better. */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(false);
	}
}
