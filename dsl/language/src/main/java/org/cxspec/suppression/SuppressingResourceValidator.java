package org.cxspec.suppression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cxspec.config.ProjectConfigs;
import org.cxspec.load.SpecChecker;
import org.cxspec.rules.Rule;
import org.cxspec.rules.RuleSeverities;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

import com.google.inject.Inject;

/**
 * The full validation of one file, then what only the whole file can tell: findings silenced by
 * {@code // cxspec-ignore} comments are dropped, suppressions without a reason, of unknown rules
 * or silencing nothing are reported, and so is a {@code cxspec.yaml} that cannot be read. Bound
 * as the language's resource validator, so the command line, the Maven plugin and the language
 * server all apply it.
 */
public class SuppressingResourceValidator extends ResourceValidatorImpl {

	@Inject
	private RuleSeverities severities;

	@Inject
	private ProjectConfigs configs;

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancel) {
		List<Issue> issues = super.validate(resource, mode, cancel);
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null || cancel != null && cancel.isCanceled()) {
			return issues;
		}
		List<Issue> result = new ArrayList<>();
		configs.problemOf(resource).ifPresent(problem -> add(result, resource, Rule.INVALID_CONFIGURATION,
				problem.getMessage() + " (rules keep their default severities until it is fixed)", 1, 1, 0, 0));
		List<Suppression> suppressions = Suppressions.parse(xtext.getParseResult().getRootNode());
		if (suppressions.isEmpty()) {
			result.addAll(issues);
			return result;
		}
		Set<String> used = new HashSet<>();
		for (Issue issue : issues) {
			List<Suppression> silencing = silencing(resource, issue, suppressions);
			if (silencing.isEmpty()) {
				result.add(issue);
			}
			for (Suppression suppression : silencing) {
				used.add(suppression.line() + " " + SpecChecker.ruleId(issue));
			}
		}
		boolean complete = mode.shouldCheck(CheckType.FAST) && mode.shouldCheck(CheckType.NORMAL) && mode.shouldCheck(CheckType.EXPENSIVE);
		for (Suppression suppression : suppressions) {
			reportProblems(result, resource, suppression, used, complete);
		}
		return result;
	}

	private void reportProblems(List<Issue> result, Resource resource, Suppression suppression, Set<String> used, boolean complete) {
		if (suppression.ruleIds().isEmpty()) {
			add(result, resource, Rule.SUPPRESSION_UNKNOWN_RULE, "This suppression names no rule: write `// "
					+ Suppressions.KEYWORD + " rule-id: reason`.", suppression);
			return;
		}
		if (!suppression.hasReason()) {
			add(result, resource, Rule.SUPPRESSION_WITHOUT_REASON, "Suppression of " + String.join(", ", suppression.ruleIds())
					+ " gives no reason: add `: why` after the rule id, so others know it was deliberate.", suppression);
		}
		for (String id : suppression.ruleIds()) {
			if (Rule.byId(id).isEmpty()) {
				add(result, resource, Rule.SUPPRESSION_UNKNOWN_RULE, "Suppression names '" + id
						+ "', which is no cxspec rule: correct the id (`cxspec rules` lists them).", suppression);
			} else if (complete && !used.contains(suppression.line() + " " + id) && !measuredFromAnswers(id)) {
				add(result, resource, Rule.UNUSED_SUPPRESSION, "Suppression of " + id + " silences nothing"
						+ (suppression.targetLine() == 0 ? " (no element starts on the line right below it)" : " here any more")
						+ ": remove it.", suppression);
			}
		}
	}

	/** A results rule: only a run with survey answers can tell whether its suppression silences anything (the results module does). */
	private static boolean measuredFromAnswers(String id) {
		return Rule.byId(id).filter(rule -> rule.concern() == Rule.Concern.RESULTS).isPresent();
	}

	/** The suppressions naming the issue's rule on its element or an element around it (all count as used). */
	private static List<Suppression> silencing(Resource resource, Issue issue, List<Suppression> suppressions) {
		String ruleId = SpecChecker.ruleId(issue);
		if (Rule.RULE_FAILED.id().equals(ruleId)) {
			return List.of(); // a check that failed is cxspec's bug: nothing may make the spec look checked
		}
		EObject element = issue.getUriToProblem() == null ? null : resource.getEObject(issue.getUriToProblem().fragment());
		Set<Integer> lines = new HashSet<>(Suppressions.linesAround(element));
		if (element == null && issue.getLineNumber() != null) {
			lines.add(issue.getLineNumber());
		}
		return Suppressions.silencing(suppressions, lines, ruleId);
	}

	private void add(List<Issue> result, Resource resource, Rule rule, String message, Suppression at) {
		add(result, resource, rule, message, at.line(), at.column(), at.offset(), at.length());
	}

	private void add(List<Issue> result, Resource resource, Rule rule, String message, int line, int column, int offset, int length) {
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		Severity severity = root == null ? rule.defaultSeverity() : severities.severityOf(rule, root);
		if (severity == Severity.IGNORE) {
			return;
		}
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(rule.id());
		issue.setMessage(message);
		issue.setSeverity(severity);
		issue.setType(CheckType.FAST);
		issue.setLineNumber(line);
		issue.setColumn(column);
		issue.setLineNumberEnd(line);
		issue.setColumnEnd(column + length);
		issue.setOffset(offset);
		issue.setLength(length);
		issue.setUriToProblem(root == null ? resource.getURI() : resource.getURI().appendFragment(resource.getURIFragment(root)));
		result.add(issue);
	}
}
