package org.cxspec.maven;

import org.cxspec.CxspecStandaloneSetup;

import com.google.inject.Injector;

/**
 * The language's services, set up once per plugin class loader and shared by parallel module
 * builds: the injector is thread-safe, and each validation loads its own resource set.
 */
final class CxspecLanguage {

	private static Injector injector;

	private CxspecLanguage() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
