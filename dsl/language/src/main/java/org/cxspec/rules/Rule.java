package org.cxspec.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;

/**
 * Every consistency rule of the language, with its stable id and default severity. The id is
 * the issue code of each diagnostic, the SARIF ruleId and the key of suppressions; it never
 * changes. Titles and explanations live in {@code rules.properties} so they can be translated.
 */
public enum Rule {
	SYNTAX_ERROR("syntax-error", Severity.ERROR, Concern.LANGUAGE),
	UNRESOLVED_REFERENCE("unresolved-reference", Severity.ERROR, Concern.LANGUAGE),
	DUPLICATE_NAME("duplicate-name", Severity.ERROR, Concern.LANGUAGE),
	REPEATED_STATEMENT("repeated-statement", Severity.ERROR, Concern.LANGUAGE),
	RULE_FAILED("rule-failed", Severity.ERROR, Concern.LANGUAGE),

	MISSING_PROMISE("missing-promise", Severity.ERROR, Concern.BRAND),
	MULTIPLE_BRANDS("multiple-brands", Severity.ERROR, Concern.BRAND),
	PROMISE_WITHOUT_DIFFERENTIATION("promise-without-differentiation", Severity.WARNING, Concern.BRAND),

	VALUE_NOT_DELIVERED("value-not-delivered", Severity.WARNING, Concern.TRACEABILITY),
	VALUE_DRIVES_NOTHING("value-drives-nothing", Severity.WARNING, Concern.TRACEABILITY),
	CUSTOMER_WITHOUT_EXPECTATIONS("customer-without-expectations", Severity.WARNING, Concern.TRACEABILITY),
	EXPECTATION_UNSCORED("expectation-unscored", Severity.WARNING, Concern.TRACEABILITY),
	SCORE_OUT_OF_RANGE("score-out-of-range", Severity.ERROR, Concern.TRACEABILITY),
	EXPECTATION_NOT_ADDRESSED("expectation-not-addressed", Severity.WARNING, Concern.TRACEABILITY),
	METRIC_WITHOUT_TARGET("metric-without-target", Severity.WARNING, Concern.TRACEABILITY),
	METRIC_WITHOUT_DIRECTION("metric-without-direction", Severity.WARNING, Concern.TRACEABILITY),
	TARGET_UNREACHABLE("target-unreachable", Severity.ERROR, Concern.TRACEABILITY),
	ROLE_WITHOUT_TOUCHPOINTS("role-without-touchpoints", Severity.INFO, Concern.TRACEABILITY),

	DIFFERENTIATING_WITHOUT_VALUE("differentiating-without-value", Severity.ERROR, Concern.DIFFERENTIATION),
	DIFFERENTIATING_WITHOUT_TIGHT("differentiating-without-tight", Severity.WARNING, Concern.DIFFERENTIATION),
	MOMENT_UNMEASURED("moment-unmeasured", Severity.WARNING, Concern.DIFFERENTIATION),

	TIGHT_WITHOUT_VALUE("tight-without-value", Severity.WARNING, Concern.LOOSE_TIGHT),
	LOOSE_WITHOUT_GUARDRAIL("loose-without-guardrail", Severity.WARNING, Concern.LOOSE_TIGHT),
	LOOSE_WITHOUT_STAFF("loose-without-staff", Severity.WARNING, Concern.LOOSE_TIGHT),
	SCRIPTED_TOUCHPOINT("scripted-touchpoint", Severity.WARNING, Concern.LOOSE_TIGHT),
	TIGHT_LOOSE_CONFLICT("tight-loose-conflict", Severity.ERROR, Concern.LOOSE_TIGHT),

	JOURNEY_WITHOUT_CUSTOMER("journey-without-customer", Severity.WARNING, Concern.JOURNEY),
	EMPTY_JOURNEY("empty-journey", Severity.WARNING, Concern.JOURNEY),

	COCREATION_WITHOUT_TYPE("cocreation-without-type", Severity.WARNING, Concern.COCREATION),
	COCREATION_WITHOUT_GOAL("cocreation-without-goal", Severity.ERROR, Concern.COCREATION),
	GOAL_NOT_MEASURABLE("goal-not-measurable", Severity.WARNING, Concern.COCREATION),
	COCREATION_WITHOUT_OWNER("cocreation-without-owner", Severity.WARNING, Concern.COCREATION),
	COCREATION_WITHOUT_CUSTOMERS("cocreation-without-customers", Severity.ERROR, Concern.COCREATION),
	COCREATION_WITHOUT_STAFF("cocreation-without-staff", Severity.WARNING, Concern.COCREATION),
	COCREATION_WITHOUT_RHYTHM("cocreation-without-rhythm", Severity.WARNING, Concern.COCREATION),
	COCREATION_WITHOUT_REPORT_BACK("cocreation-without-report-back", Severity.WARNING, Concern.COCREATION),

	CLOSED_LOOP_WITHOUT_TRIGGER("closed-loop-without-trigger", Severity.WARNING, Concern.CLOSED_LOOP),
	CLOSED_LOOP_WITHOUT_RESPONSE_TIME("closed-loop-without-response-time", Severity.WARNING, Concern.CLOSED_LOOP),
	SLOW_CLOSED_LOOP("slow-closed-loop", Severity.WARNING, Concern.CLOSED_LOOP),
	CLOSED_LOOP_WITHOUT_OWNER("closed-loop-without-owner", Severity.ERROR, Concern.CLOSED_LOOP),

	// Found by comparing the spec with survey answers (cxspec results, validate --responses).
	METRIC_OFF_TARGET("metric-off-target", Severity.WARNING, Concern.RESULTS),
	CURRENT_CONTRADICTED("current-contradicted", Severity.WARNING, Concern.RESULTS),
	UNKNOWN_IN_RESPONSES("unknown-in-responses", Severity.WARNING, Concern.RESULTS),
	RESPONSE_REJECTED("response-rejected", Severity.WARNING, Concern.RESULTS),
	FOLLOW_UP_OVERDUE("follow-up-overdue", Severity.WARNING, Concern.RESULTS),
	RESPONSES_OUTDATED("responses-outdated", Severity.WARNING, Concern.RESULTS),

	INVALID_CONFIGURATION("invalid-configuration", Severity.ERROR, Concern.CONFIGURATION),
	SUPPRESSION_WITHOUT_REASON("suppression-without-reason", Severity.WARNING, Concern.CONFIGURATION),
	UNUSED_SUPPRESSION("unused-suppression", Severity.WARNING, Concern.CONFIGURATION),
	SUPPRESSION_UNKNOWN_RULE("suppression-unknown-rule", Severity.WARNING, Concern.CONFIGURATION);

	/** The part of the framework a rule looks after; groups rules in listings and reports. */
	public enum Concern {
		LANGUAGE, BRAND, TRACEABILITY, DIFFERENTIATION, LOOSE_TIGHT, JOURNEY, COCREATION, CLOSED_LOOP, RESULTS, CONFIGURATION
	}

	private static final String BUNDLE = "org.cxspec.rules.rules";
	private static final Map<String, Rule> BY_ID = Arrays.stream(values())
			.collect(Collectors.toMap(Rule::id, Function.identity()));

	private final String id;
	private final Severity defaultSeverity;
	private final Concern concern;

	Rule(String id, Severity defaultSeverity, Concern concern) {
		this.id = id;
		this.defaultSeverity = defaultSeverity;
		this.concern = concern;
	}

	public String id() {
		return id;
	}

	public Severity defaultSeverity() {
		return defaultSeverity;
	}

	public Concern concern() {
		return concern;
	}

	/** A few words naming the problem, e.g. "Value delivered nowhere". */
	public String title(Locale locale) {
		return text(locale, id + ".title");
	}

	/** Why the rule matters, in the words of the CX practice it comes from. */
	public String explanation(Locale locale) {
		return text(locale, id + ".why");
	}

	public String title() {
		return title(Locale.ENGLISH);
	}

	public String explanation() {
		return explanation(Locale.ENGLISH);
	}

	public static Optional<Rule> byId(String id) {
		return Optional.ofNullable(BY_ID.get(id));
	}

	private static String text(Locale locale, String key) {
		return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
				ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
	}
}
