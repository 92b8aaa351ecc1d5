package org.cxspec.ide;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

/** Xtext's request manager, counting the messages that reached the build thread (each is a write, and cancels the build running). */
final class CountedWrites extends RequestManager {

	final AtomicInteger count = new AtomicInteger();

	CountedWrites() {
		super(Executors.newCachedThreadPool(), new OperationCanceledManager());
	}

	@Override
	public synchronized <U, V> CompletableFuture<V> runWrite(Function0<? extends U> nonCancellable,
			Function2<? super CancelIndicator, ? super U, ? extends V> cancellable) {
		CompletableFuture<V> submitted = super.runWrite(nonCancellable, cancellable);
		synchronized (count) {
			count.incrementAndGet();
			count.notifyAll();
		}
		return submitted;
	}

	void awaitAtLeast(int writes) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		synchronized (count) {
			while (count.get() < writes) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					fail("the server received " + count.get() + " writes, not " + writes);
				}
				TimeUnit.NANOSECONDS.timedWait(count, left);
			}
		}
	}
}
