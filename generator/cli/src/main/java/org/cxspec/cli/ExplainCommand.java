package org.cxspec.cli;

import java.util.concurrent.Callable;

import org.cxspec.rules.Rule;
import org.cxspec.linking.Similarity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explains one rule: what it checks and why.")
final class ExplainCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "RULE-ID", description = "A rule id, as shown in brackets after each finding.")
	String ruleId;

	@Override
	public Integer call() {
		Rule rule = Rule.byId(ruleId).orElse(null);
		if (rule == null) {
			java.util.List<String> ids = java.util.Arrays.stream(Rule.values()).map(Rule::id).toList();
			java.util.List<String> close = Similarity.closest(ruleId, ids, 3);
			spec.commandLine().getErr().println("cxspec: no rule is called '" + ruleId + "'"
					+ (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?")
					+ " ('cxspec rules' lists them all)");
			return Main.BAD_INPUT;
		}
		spec.commandLine().getOut().println(rule.id() + " (" + RulesCommand.severity(rule) + "): " + rule.title());
		spec.commandLine().getOut().println(rule.explanation());
		return Main.OK;
	}
}
