package org.cxspec.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cxspec.eclipse.server.ServerCommand;
import org.cxspec.eclipse.server.ServerSettings;
import org.junit.jupiter.api.Test;

/** The preferences as the server's command line. */
class ServerCommandTest {

	private static final Path BUNDLED = Path.of("/eclipse/plugins/org.cxspec.eclipse/generated/server/cxspec.jar");

	@Test
	void nothingSetMeansTheJavaThatRunsEclipseAndTheBundledJar() throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

		assertEquals(List.of(java, "-XX:+UseSerialGC", "-Xss4m", "-jar", BUNDLED.toString(), "lsp"),
				new ServerCommand("", ServerSettings.DEFAULT_JVM_OPTIONS, "").arguments(BUNDLED));
		assertEquals(List.of(java, "-jar", BUNDLED.toString(), "lsp"), new ServerCommand(" ", "  ", null).arguments(BUNDLED));
	}

	@Test
	void aMissingFileIsNamedWithThePreferenceThatSetsIt() {
		IOException jar = assertThrows(IOException.class, () -> new ServerCommand("", "", "/nowhere/cxspec.jar").arguments(BUNDLED));
		assertEquals("The cxspec.jar set in Preferences > cxspec does not exist: /nowhere/cxspec.jar", jar.getMessage());

		IOException java = assertThrows(IOException.class, () -> new ServerCommand("/nowhere/java", "", "").arguments(BUNDLED));
		assertEquals("The Java executable set in Preferences > cxspec is not an executable file: /nowhere/java", java.getMessage());
	}
}
