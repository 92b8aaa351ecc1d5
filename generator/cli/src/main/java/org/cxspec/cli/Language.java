package org.cxspec.cli;

import org.cxspec.CxspecStandaloneSetup;

import com.google.inject.Injector;

/** The language's services for the commands, set up once per process and only when needed. */
final class Language {

	private static Injector injector;

	private Language() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/**
	 * Starts setting the language up on another thread, for a command that will need it: it then
	 * overlaps with reading the command line. A failure there is left for {@link #injector()} to
	 * meet again, and report, on the command's own thread.
	 */
	static void prepareInBackground() {
		Thread thread = new Thread(() -> {
			try {
				injector();
			} catch (RuntimeException | LinkageError reportedByTheCommand) {
				// The command's own call sets up again and reports the problem.
			}
		}, "cxspec-language");
		thread.setDaemon(true);
		thread.start();
	}

	static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}
}
