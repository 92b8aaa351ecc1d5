package org.cxspec.generator;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of cxspec, from the build, for tool metadata (SARIF) and {@code --version}. */
public final class CxspecVersion {

	public static final String VERSION = read();

	private CxspecVersion() {
	}

	private static String read() {
		Properties properties = new Properties();
		try (InputStream in = CxspecVersion.class.getResourceAsStream("version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		} catch (IOException unreadable) {
			// fall through to the default
		}
		return properties.getProperty("version", "0.0.0");
	}
}
