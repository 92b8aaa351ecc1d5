package org.cxspec.eclipse.server;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;

/**
 * What Preferences > cxspec sets: all empty by default, meaning the Java that runs Eclipse and the
 * cxspec.jar inside this bundle. The one place that knows the keys and their defaults.
 */
public final class ServerSettings extends AbstractPreferenceInitializer {

	public static final String QUALIFIER = "org.cxspec.eclipse";
	public static final String JAVA_EXECUTABLE = "javaExecutable";
	public static final String JVM_OPTIONS = "jvmOptions";
	public static final String SERVER_JAR = "serverJar";
	/** The server's options when none are set: small heap, deep stack for deeply nested specs. */
	public static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -Xss4m";

	@Override
	public void initializeDefaultPreferences() {
		var defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
		defaults.put(JAVA_EXECUTABLE, "");
		defaults.put(JVM_OPTIONS, DEFAULT_JVM_OPTIONS);
		defaults.put(SERVER_JAR, "");
	}

	/** The command as the preferences say now (read at every server start, so changes apply on the next one). */
	public static ServerCommand current() {
		var service = Platform.getPreferencesService();
		return new ServerCommand(service.getString(QUALIFIER, JAVA_EXECUTABLE, "", null),
				service.getString(QUALIFIER, JVM_OPTIONS, DEFAULT_JVM_OPTIONS, null),
				service.getString(QUALIFIER, SERVER_JAR, "", null));
	}
}
