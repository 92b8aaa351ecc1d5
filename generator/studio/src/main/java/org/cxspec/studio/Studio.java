package org.cxspec.studio;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.cxspec.CxspecStandaloneSetup;
import org.cxspec.load.BadInputException;
import org.cxspec.load.SpecText;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

import com.google.inject.Injector;

/**
 * {@code cxspec studio}: a web page on 127.0.0.1 with an editor connected to the cxspec language
 * server and a live preview of the generated documents, for one spec folder.
 * Start with {@link #start}, give the user {@link #address()}, end with {@link #close()}.
 */
public final class Studio implements AutoCloseable {

	/** How long a stop waits for requests under way; a save takes milliseconds. */
	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

	private final Server server;
	private final URI address;

	private Studio(Server server, URI address) {
		this.server = server;
		this.address = address;
	}

	/**
	 * Serves {@code folder} on 127.0.0.1:{@code port} (0: any free port).
	 *
	 * @throws BadInputException when the folder is not a readable folder
	 * @throws IOException       when the port cannot be had
	 */
	public static Studio start(Path folder, int port, Locale locale) throws BadInputException, IOException {
		if (!Files.isDirectory(folder)) {
			throw new BadInputException(folder + ": not a folder; cxspec studio opens the folder of one spec");
		}
		SpecFolder specs = new SpecFolder(folder);
		Injector language = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
		Server server = new Server();
		ServerConnector connector = new ServerConnector(server);
		connector.setHost("127.0.0.1");
		connector.setPort(port);
		server.addConnector(connector);
		try {
			connector.open();
		} catch (IOException taken) {
			server.destroy();
			throw new IOException("127.0.0.1:" + port + " is in use or not allowed (" + taken.getMessage()
					+ "); choose another with --port", taken);
		}
		int actualPort = connector.getLocalPort();
		URI folderUri = specs.root().toUri();
		WebSocketUpgradeHandler sockets = WebSocketUpgradeHandler.from(server, container -> {
			container.setMaxTextMessageSize(SpecText.MAX_BYTES * 2);
			container.setIdleTimeout(Duration.ofDays(1));
			container.addMapping("/lsp", (request, response, callback) -> new LspSocket(folderUri));
		});
		AccessGuard guard = new AccessGuard(actualPort);
		StudioLabels labels = new StudioLabels(locale);
		Map<String, Object> info = Map.of("rootUri", folderUri.toString(), "name", specs.root().getFileName().toString(),
				"lang", labels.lang(), "labels", labels.all());
		StudioHandler handler = new StudioHandler(guard, new WebAssets(labels), new FilesApi(specs),
				new PreviewApi(specs, new Preview(language, specs.root(), locale)), info, actualPort);
		handler.setHandler(sockets);
		// Stopping waits for requests under way (a save completes rather than being cut off) and
		// closes the open WebSockets with "going away".
		server.setHandler(new GracefulHandler(handler));
		server.setStopTimeout(STOP_TIMEOUT.toMillis());
		server.setStopAtShutdown(false);
		try {
			server.start();
		} catch (Exception cannotStart) {
			throw new IOException("the studio could not start: " + cannotStart.getMessage(), cannotStart);
		}
		URI address = URI.create("http://127.0.0.1:" + actualPort + "/?token=" + guard.token());
		return new Studio(server, address);
	}

	/** The address to open, with this start's access token. */
	public URI address() {
		return address;
	}

	public InetSocketAddress socket() {
		return new InetSocketAddress("127.0.0.1", address.getPort());
	}

	/** Waits until the studio stops. */
	public void join() throws InterruptedException {
		server.join();
	}

	/**
	 * Stops serving: no new requests, requests under way finish (so a save is whole or not made;
	 * the file is written atomically either way), WebSockets are closed. Waits until done.
	 */
	@Override
	public void close() {
		try {
			server.stop();
		} catch (Exception alreadyStopping) {
			// stopping is all that was asked for
		}
	}
}
