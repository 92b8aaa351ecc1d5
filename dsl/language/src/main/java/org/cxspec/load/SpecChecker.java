package org.cxspec.load;

import java.util.ArrayList;
import java.util.List;

import org.cxspec.index.SpecIndexProvider;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Runs the full validation (syntax, linking and every consistency rule, all check modes) over
 * a loaded spec: the same checks in the CLI, the Maven plugin and the generator.
 */
public class SpecChecker {

	@Inject
	private IResourceValidator validator;

	@Inject
	private SpecIndexProvider indexProvider;

	public List<Finding> check(LoadedSpec spec) {
		List<Finding> findings = new ArrayList<>();
		indexProvider.whileUnchanged(spec.resourceSet(), () -> {
			for (Resource resource : spec.resources()) {
				for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
					findings.add(toFinding(spec, resource, issue));
				}
			}
			return findings;
		});
		findings.sort(Finding.READING_ORDER);
		return findings;
	}

	private static Finding toFinding(LoadedSpec spec, Resource resource, Issue issue) {
		int line = positive(issue.getLineNumber());
		int column = positive(issue.getColumn());
		int endLine = issue.getLineNumberEnd() == null ? line : Math.max(line, issue.getLineNumberEnd());
		int endColumn = issue.getColumnEnd() == null ? column : issue.getColumnEnd();
		return new Finding(spec.fileOf(resource), line, column, endLine, endColumn, positive0(issue.getOffset()),
				positive0(issue.getLength()), issue.getSeverity(), ruleId(issue), issue.getMessage());
	}

	/** Our rules carry their id as issue code; Xtext's own parse and link diagnostics are mapped. */
	public static String ruleId(Issue issue) {
		String code = issue.getCode();
		if (code != null && Rule.byId(code).isPresent()) {
			return code;
		}
		if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			return Rule.UNRESOLVED_REFERENCE.id();
		}
		return Rule.SYNTAX_ERROR.id();
	}

	private static int positive(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	private static int positive0(Integer value) {
		return value == null || value < 0 ? 0 : value;
	}
}
