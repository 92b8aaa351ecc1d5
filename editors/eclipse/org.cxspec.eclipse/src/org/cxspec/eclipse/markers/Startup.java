package org.cxspec.eclipse.markers;

import org.eclipse.ui.IStartup;

/** At workbench start: findings of every spec project show without opening a file. */
public final class Startup implements IStartup {

	@Override
	public void earlyStartup() {
		SpecChanges.start();
	}
}
