package org.cxspec.diff;

import org.cxspec.CxspecStandaloneSetup;

import com.google.inject.Injector;

/** The language set up once per test run, and the differ from it. */
final class Differ {

	private static Injector injector;

	private Differ() {
	}

	static synchronized SpecDiffer get() {
		if (injector == null) {
			injector = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector.getInstance(SpecDiffer.class);
	}
}
