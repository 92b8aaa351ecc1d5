package org.cxspec.eclipse.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One running {@code cxspec lsp}. Its standard error goes to a log file in the bundle's state
 * area: the JVM's own warnings there are not problems and must not reach the client as errors.
 */
public final class ServerProcess {

	private final Process process;

	private ServerProcess(Process process) {
		this.process = process;
	}

	public static ServerProcess start(List<String> command, Path errorLog) throws IOException {
		Files.createDirectories(errorLog.getParent());
		ProcessBuilder builder = new ProcessBuilder(command).redirectError(Redirect.to(errorLog.toFile()));
		try {
			return new ServerProcess(builder.start());
		} catch (IOException e) {
			throw new IOException("Cannot start the cxspec language server (" + command.get(0) + "): " + e.getMessage(), e);
		}
	}

	/** What the server writes: JSON-RPC frames. */
	public InputStream output() {
		return process.getInputStream();
	}

	/** What the server reads. */
	public OutputStream input() {
		return process.getOutputStream();
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** Ends the server: politely, then for sure. */
	public void stop() {
		process.destroy();
		try {
			if (!process.waitFor(3, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}
}
