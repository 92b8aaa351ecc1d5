package org.cxspec.maven;

import org.cxspec.generator.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.cxspec.generator.findings.FindingsFormat;

/** The report files the plugin writes under {@code target/cxspec/}, each whole or not at all. */
final class Reports {

	private Reports() {
	}

	/** The file name of a format's report: cxspec.sarif, TEST-cxspec.xml (JUnit, as CI servers expect), cxspec.json... */
	static String fileName(FindingsFormat format) {
		return switch (format) {
		case SARIF -> "cxspec.sarif";
		case JUNIT -> "TEST-cxspec.xml";
		case JSON -> "cxspec.json";
		case TEXT -> "cxspec.txt";
		case GITHUB -> "cxspec-github.txt";
		};
	}

	static FindingsFormat format(String name) {
		for (FindingsFormat format : FindingsFormat.values()) {
			if (format.id().equals(name.strip().toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		return null;
	}

	static void writeAtomically(Path target, String text) throws IOException {
		AtomicFile.write(target, text);
	}
}
