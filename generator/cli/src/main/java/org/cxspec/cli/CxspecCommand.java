package org.cxspec.cli;

import org.cxspec.generator.CxspecVersion;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "cxspec", mixinStandardHelpOptions = true, versionProvider = CxspecCommand.Version.class,
		description = "Checks brand-promise and loose/tight experience specs (*.cxspec) and turns them into staff documents.",
		footer = { "", "The cxspec launcher gives Java at most 1.5 GB of heap; to change that (or pass any Java option),"
				+ " set CXSPEC_JAVA_OPTS, e.g. CXSPEC_JAVA_OPTS=-Xmx3g ./cxspec validate specs/" },
		subcommands = { ValidateCommand.class, GenerateCommand.class, FormatCommand.class, LspCommand.class, StudioCommand.class, RulesCommand.class,
				ExplainCommand.class, WarmUpCommand.class, DiffCommand.class, ResultsCommand.class })
final class CxspecCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	static final class Version implements IVersionProvider {
		@Override
		public String[] getVersion() {
			return new String[] { "cxspec " + CxspecVersion.VERSION };
		}
	}
}
