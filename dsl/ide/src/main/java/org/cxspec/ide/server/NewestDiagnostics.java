package org.cxspec.ide.server;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Diagnostics reach the editor only for the newest text it sent. Each publication carries the
 * version of the open document it was computed from, and a build that a newer edit has made stale
 * publishes nothing more: its findings would point at text that is no longer there, and would
 * replace the newer ones if they arrived late. Xtext publishes from its build through the client,
 * so the client is wrapped.
 */
final class NewestDiagnostics implements InvocationHandler {

	private final LanguageClient client;
	/** The version of each open document that builds now see, by URI as the editor wrote it. */
	private final Map<String, Integer> versions = new ConcurrentHashMap<>();

	NewestDiagnostics(LanguageClient client) {
		this.client = client;
	}

	/** The editor's client as the server should use it: publications filtered and versioned. */
	LanguageClient client() {
		return (LanguageClient) Proxy.newProxyInstance(LanguageClient.class.getClassLoader(), new Class<?>[] { LanguageClient.class }, this);
	}

	/** Called where the build thread applies an editor's text, so it matches what the next build reads. */
	void applied(String uri, int version) {
		versions.put(uri, version);
	}

	void closed(String uri) {
		versions.remove(uri);
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		if (method.getName().equals("publishDiagnostics") && args != null && args.length == 1
				&& args[0] instanceof PublishDiagnosticsParams params) {
			if (RunningBuild.isStale()) {
				RunningBuild.withholding(params.getUri());
				return null;
			}
			RunningBuild.publishing(params.getUri());
			params.setVersion(versions.get(params.getUri()));
		}
		if (method.getDeclaringClass() == Object.class) {
			return switch (method.getName()) {
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				default -> "NewestDiagnostics(" + client + ")";
			};
		}
		try {
			return method.invoke(client, args);
		} catch (InvocationTargetException failure) {
			throw failure.getCause();
		}
	}
}
