package org.cxspec.generator.site;

import java.io.IOException;

/** A document would replace a file cxspec did not write (a hand-written report.md): nothing is written. */
public final class NotOurFile extends IOException {

	private static final long serialVersionUID = 1L;

	NotOurFile(String message) {
		super(message);
	}
}
