package org.cxspec.cli;

/** Stands in for cxspec's main class in {@link LauncherTest}: prints the heap cap the launcher gave the JVM. */
public final class HeapProbe {

	private HeapProbe() {
	}

	public static void main(String[] args) {
		System.out.println("max-heap-mb " + Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}
}
