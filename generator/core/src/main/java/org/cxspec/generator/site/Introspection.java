package org.cxspec.generator.site;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Iterator;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Velocity's secure introspector, with {@code getClass} (and {@code $x.class}) taken away too:
 * templates read view records, never the classes behind them. Every loop spends from the
 * document's {@link RenderBudget}, and a text is not repeated past it.
 */
public final class Introspection extends SecureUberspector {

	@Override
	public VelMethod getMethod(Object object, String name, Object[] args, Info info) {
		if ("getClass".equals(name)) {
			return null;
		}
		if (object instanceof String text && "repeat".equals(name) && args.length == 1 && args[0] instanceof Number count) {
			RenderBudget.current().spendText(text.length() * Math.max(0, count.longValue()), info);
		}
		VelMethod method = super.getMethod(object, name, args, info);
		return method == null ? null : new Budgeted(method, info);
	}

	/** A method whose text result is spent from the document's budget (concat, replace... in a loop). */
	private record Budgeted(VelMethod method, Info info) implements VelMethod {
		@Override
		public Object invoke(Object object, Object[] params) throws IllegalAccessException, InvocationTargetException {
			Object result = method.invoke(object, params);
			if (result instanceof CharSequence text) {
				RenderBudget.current().spendBuilt(text.length(), info);
			}
			return result;
		}

		@Override
		public boolean isCacheable() {
			return method.isCacheable();
		}

		@Override
		public String getMethodName() {
			return method.getMethodName();
		}

		@Override
		public Method getMethod() {
			return method.getMethod();
		}

		@Override
		public Class<?> getReturnType() {
			return method.getReturnType();
		}
	}

	@Override
	public VelPropertyGet getPropertyGet(Object object, String name, Info info) {
		return "class".equals(name) || "Class".equals(name) ? null : super.getPropertyGet(object, name, info);
	}

	@Override
	public Iterator<?> getIterator(Object object, Info info) {
		Iterator<?> iterator = super.getIterator(object, info);
		return iterator == null ? null : RenderBudget.current().counted(iterator, info);
	}
}
