package org.cxspec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cxspec.load.BadInputException;
import org.cxspec.studio.Studio;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "studio", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Opens a local web studio for the spec folder at PATH: an editor with the checks, completion and quick"
				+ " fixes of 'cxspec lsp', and the generated documents beside it, updated as you type.",
				"Serves 127.0.0.1 only; the printed address carries a random access token. Ctrl+C stops it." },
		exitCodeListHeading = "%nExit status:%n",
		exitCodeList = { "0:stopped with Ctrl+C: requests under way are finished, then it says so on standard error",
				"2:usage error, PATH is not a folder, or the port is taken" })
final class StudioCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--port", paramLabel = "N", defaultValue = "0",
			description = "Port on 127.0.0.1 (default: a free one).")
	int port;

	@Option(names = "--no-open", description = "Do not open the browser; only print the address.")
	boolean noOpen;

	@Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
			description = "Language of the studio and of the previewed documents (default: ${DEFAULT-VALUE}); spec text stays as written.")
	GenerateCommand.Lang lang;

	@Parameters(paramLabel = "PATH", description = "The folder of one spec (all its .cxspec files form one model).")
	Path folder;

	@Override
	public Integer call() throws InterruptedException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (port < 0 || port > 65535) {
			err.println("cxspec: --port " + port + ": not a port; give 1 to 65535, or 0 for any free port");
			return Main.BAD_INPUT;
		}
		Studio studio;
		try {
			studio = Studio.start(folder, port, lang.locale);
		} catch (BadInputException | IOException cannotStart) {
			err.println("cxspec: " + cannotStart.getMessage());
			return Main.BAD_INPUT;
		}
		out.println(studio.address());
		out.println("cxspec studio serves " + folder.toAbsolutePath().normalize() + " at the address above; Ctrl+C stops it.");
		out.flush();
		// Ctrl+C is how a user ends the studio: a clean stop and exit status 0, not death by signal
		// (130). Other ends (kill, logging out) still stop it cleanly through the shutdown hook.
		CountDownLatch ctrlC = new CountDownLatch(1);
		AtomicBoolean stopped = new AtomicBoolean();
		Runnable stop = () -> {
			if (stopped.compareAndSet(false, true)) {
				studio.close();
				err.println("cxspec studio stopped.");
				err.flush();
			}
		};
		Runtime.getRuntime().addShutdownHook(new Thread(stop, "cxspec-studio-stop"));
		boolean ownsCtrlC = onCtrlC(ctrlC::countDown);
		if (!noOpen && !openBrowser(studio.address())) {
			err.println("cxspec: could not open a browser here; open the address above yourself.");
		}
		if (ownsCtrlC) {
			ctrlC.await();
			stop.run();
		} else {
			studio.join();
		}
		return Main.OK;
	}

	/**
	 * Runs {@code action} on Ctrl+C (SIGINT) instead of ending the JVM; false where the JVM keeps that
	 * signal, or where it is ignored (a process started in the background or with nohup, which no
	 * Ctrl+C reaches: the JVM then leaves it ignored and the handler is never called).
	 */
	@SuppressWarnings("restriction")
	private static boolean onCtrlC(Runnable action) {
		try {
			return sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> action.run()) != sun.misc.SignalHandler.SIG_IGN;
		} catch (IllegalArgumentException | UnsupportedOperationException notHere) {
			return false;
		}
	}

	/** The desktop's own way of opening an address; false when there is none. */
	private static boolean openBrowser(URI address) {
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		List<String> command = os.contains("mac") ? List.of("open", address.toString())
				: os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", address.toString())
				: List.of("xdg-open", address.toString());
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return process.isAlive() || process.exitValue() == 0;
		} catch (IOException noOpener) {
			return false;
		}
	}
}
