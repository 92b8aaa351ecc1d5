package org.cxspec.generator.site;

import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

/**
 * Velocity's secure introspector, with {@code getClass} (and {@code $x.class}) taken away too:
 * templates read view records, never the classes behind them.
 */
public final class Introspection extends SecureUberspector {

	@Override
	public VelMethod getMethod(Object object, String name, Object[] args, Info info) {
		return "getClass".equals(name) ? null : super.getMethod(object, name, args, info);
	}

	@Override
	public VelPropertyGet getPropertyGet(Object object, String name, Info info) {
		return "class".equals(name) || "Class".equals(name) ? null : super.getPropertyGet(object, name, info);
	}
}
