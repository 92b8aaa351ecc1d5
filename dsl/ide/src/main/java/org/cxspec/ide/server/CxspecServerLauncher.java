package org.cxspec.ide.server;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;

/** Starts the cxspec language server on a pair of streams (standard input and output, or pipes in tests). */
public final class CxspecServerLauncher {

	private CxspecServerLauncher() {
	}

	/**
	 * Connects a new server to the streams and starts listening on a background thread.
	 * {@code extra} overrides bindings of the server (tests keep {@code exit} from ending the JVM).
	 */
	public static Running start(InputStream in, OutputStream out, Module... extra) {
		Module server = Modules2.mixin(new ServerModule(), binder -> {
			binder.bind(LanguageServerImpl.class).to(CxspecLanguageServer.class);
			binder.bind(BuildManager.class).to(ResilientBuildManager.class);
			binder.bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(ResolveOnceBuilder.class);
		});
		Injector injector = Guice.createInjector(extra.length == 0 ? server : Modules2.mixin(server, Modules2.mixin(extra)));
		LanguageServerImpl languageServer = injector.getInstance(LanguageServerImpl.class);
		ExecutorService messages = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "cxspec-lsp");
			thread.setDaemon(true);
			return thread;
		});
		Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
				.setLocalService(languageServer)
				.setRemoteInterface(LanguageClient.class)
				.setInput(new FramedInput(in, System.err))
				.setOutput(out)
				.setExecutorService(messages)
				.setExceptionHandler(OneLine::responseError)
				.create();
		languageServer.connect(launcher.getRemoteProxy());
		return new Running(launcher, launcher.startListening());
	}

	/** A started server: its connection, and the listening that ends when the input closes. */
	public record Running(Launcher<LanguageClient> launcher, Future<Void> listening) {
	}
}
