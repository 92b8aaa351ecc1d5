package org.cxspec.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.cxspec.rules.Rule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "rules", mixinStandardHelpOptions = true,
		description = "Lists every consistency rule: its id, default severity and why it matters.")
final class RulesCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		PrintWriter out = spec.commandLine().getOut();
		Rule.Concern concern = null;
		for (Rule rule : Rule.values()) {
			if (rule.concern() != concern) {
				concern = rule.concern();
				out.println((concern == Rule.Concern.LANGUAGE ? "" : "\n") + "== " + heading(concern));
			}
			out.printf("%-34s %-8s %s%n", rule.id(), severity(rule), rule.title());
			out.println("    " + rule.explanation());
		}
	}

	static String severity(Rule rule) {
		return switch (rule.defaultSeverity()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> "info";
		};
	}

	private static String heading(Rule.Concern concern) {
		String words = concern.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1).replace("loose tight", "loose/tight");
	}
}
