package org.cxspec.eclipse.server;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Where things of this bundle live on disk: the server jar it carries, and its logs. */
public final class BundledServer {

	private static final String JAR = "generated/server/cxspec.jar";

	private BundledServer() {
	}

	/** The bundled cxspec.jar as a file (extracted once by the framework when the bundle is a jar). */
	public static Path jar() throws IOException {
		URL entry = FileLocator.find(bundle(), new org.eclipse.core.runtime.Path(JAR));
		if (entry == null) {
			throw new IOException("This cxspec bundle has no " + JAR + ": it was built without the server; reinstall it");
		}
		try {
			return Path.of(FileLocator.toFileURL(entry).toURI());
		} catch (URISyntaxException e) {
			throw new IOException("Cannot locate the bundled cxspec.jar: " + e.getMessage(), e);
		}
	}

	/** A log file in this bundle's state area: the server's standard error goes here, not to the client. */
	public static Path log(String name) {
		return Path.of(Platform.getStateLocation(bundle()).toOSString(), name);
	}

	static Bundle bundle() {
		return FrameworkUtil.getBundle(BundledServer.class);
	}
}
