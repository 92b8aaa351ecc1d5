package org.cxspec.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small specs for the command-line tests, written into a temporary folder. */
final class Specs {

	/** Clean: zero findings, even at info level. */
	static final String CLEAN = """
			brand Acme "Acme" {
			    promise "Simple and fair."
			    differentiates from "slow insurers"
			}
			customer Owners "Home owners" {
			    expects Fast "Paid fast" scored 3 target 4 out of 5
			}
			value Fairness "Fair" drives retention, advocacy
			metric NPS "Net Promoter Score" current 20 target 30 higher is better
			role Agent "Agent"
			journey Claim "Claim" for Owners {
			    stage Report "I report it" {
			        touchpoint Call "Phone call" {
			            delivers Fairness
			            addresses Fast
			            staffed by Agent
			            measured by NPS
			            tight "Say your name" for Fairness
			            loose "How you reassure" within "No payout promises"
			        }
			    }
			}
			""";

	private Specs() {
	}

	static Path write(Path folder, String name, String text) {
		try {
			Path file = folder.resolve(name);
			Files.createDirectories(file.getParent());
			return Files.writeString(file, text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
