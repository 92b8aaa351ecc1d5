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

	static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}
}
