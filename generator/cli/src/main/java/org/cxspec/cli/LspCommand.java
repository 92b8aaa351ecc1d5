package org.cxspec.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.cxspec.ide.server.CxspecServerLauncher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Starts the language server on standard input and output (LSP 3.17), for any editor.",
				"The workspace folder the editor opens is one model: names resolve across all its .cxspec files." })
final class LspCommand implements Callable<Integer> {

	/** vscode-languageclient (and other clients) append --stdio when told the transport is stdio. */
	@Option(names = "--stdio", description = "Talk over standard input and output (the default; editors may pass it).")
	boolean stdio;

	@Override
	public Integer call() throws InterruptedException {
		InputStream in = System.in;
		PrintStream out = System.out;
		// Standard output carries the protocol and nothing else: a stray print would break the editor's connection.
		System.setOut(System.err);
		try {
			CxspecServerLauncher.start(in, out).listening().get();
		} catch (ExecutionException connectionLost) {
			throw new UserProblem("the editor's connection ended: " + connectionLost.getCause().getMessage());
		}
		return Main.OK;
	}
}
