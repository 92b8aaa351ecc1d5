package org.cxspec.eclipse.server;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IExecutableExtensionFactory;
import org.eclipse.core.runtime.Status;

/**
 * Registered as the {@code class} of LSP4E's {@code languageServer} extension: the registry calls
 * {@link #create()}, which answers a {@link Proxy} of LSP4E's {@code StreamConnectionProvider}
 * backed by an {@link EditorConnection}. The interface comes through an optional Import-Package,
 * so this bundle compiles and installs without LSP4E (not on Maven Central) and uses it when present.
 */
public final class LanguageServerFactory implements IExecutableExtensionFactory {

	static final String PROVIDER = "org.eclipse.lsp4e.server.StreamConnectionProvider";

	@Override
	public Object create() throws CoreException {
		Class<?> provider;
		try {
			provider = LanguageServerFactory.class.getClassLoader().loadClass(PROVIDER);
		} catch (ClassNotFoundException | LinkageError e) {
			throw new CoreException(Status.error("The cxspec language server needs LSP4E (the Eclipse language server client): install it, or the cxspec feature, which brings it", e));
		}
		// the interface's own loader: it also sees the LSP4J types its default methods mention
		return Proxy.newProxyInstance(provider.getClassLoader(), new Class<?>[] { provider }, new Handler(new EditorConnection()));
	}

	private record Handler(EditorConnection connection) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
			case "start":
				connection.start();
				return null;
			case "getInputStream":
				return connection.getInputStream();
			case "getOutputStream":
				return connection.getOutputStream();
			case "getErrorStream":
				return connection.getErrorStream();
			case "stop":
				connection.stop();
				return null;
			case "toString":
				return connection.toString();
			case "hashCode":
				return System.identityHashCode(proxy);
			case "equals":
				return proxy == args[0];
			default:
				if (method.isDefault()) {
					return InvocationHandler.invokeDefault(proxy, method, args);
				}
				throw new UnsupportedOperationException("cxspec's connection does not implement " + method);
			}
		}
	}
}
