package org.cxspec.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cxspec.CxspecStandaloneSetup;
import org.cxspec.config.ProjectConfig;
import org.cxspec.config.ResponsesMapping;
import org.cxspec.config.ResponsesSection;
import org.cxspec.load.BadInputException;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecLoader;

import com.google.inject.Injector;

/** A small spec with one metric of each computation and two closed loops; exports and mappings written to a folder. */
final class Fixture {

	static final String SPEC = """
			brand Shop "Corner Shop" {
			    promise "Easy, every time."
			    differentiates from "shops that make you wait"
			}
			customer Shoppers "People who shop with us" {
			    expects Quick "Served quickly" scored 4 target 4 out of 5
			}
			customer Tourists "Visitors" { }
			value Ease "Little effort" drives retention
			metric NPS "Net Promoter Score" current 20 target 30 higher is better computed as net promoter score
			metric CSAT "Satisfied, 1 to 5" current 80 target 70 higher is better computed as share 4 to 5 of 1 to 5
			metric CES "Customer Effort Score" current 3 target 2 lower is better computed as mean of 1 to 7
			role Clerk "Shop clerk"
			role Manager "Shop manager"
			journey Visit "A visit to the shop" for Shoppers {
			    stage Pay "I pay" {
			        touchpoint Till "At the till" {
			            delivers Ease
			            staffed by Clerk
			            measured by CES, NPS
			        }
			    }
			    stage Leave "I leave" {
			        touchpoint Door "At the door" {
			            measured by CSAT
			        }
			    }
			}
			cocreation Panel "Shopper panel" {
			    goal "Less effort at the till" metric CES target 2 by "2027-Q1"
			    owner Clerk
			}
			closed loop Detractors "Unhappy shoppers hear from us" {
			    when NPS below 7
			    respond within 24 hours
			    owner Manager
			}
			closed loop HardWork "Hard work at the till" {
			    when CES above 5
			    respond within 2 days
			    owner Clerk
			}
			""";

	private static Injector injector;

	private final Path folder;

	Fixture(Path folder) {
		this.folder = folder;
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	LoadedSpec spec() {
		return injector().getInstance(SpecLoader.class).loadTexts(Map.of(folder.resolve("shop.cxspec"), SPEC));
	}

	Path write(String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	ResponsesMapping mapping(String yaml) throws IOException, BadInputException {
		return ResponsesSection.read(write("cxspec.yaml", yaml));
	}

	Measured measure(String csv, String now) throws IOException, BadInputException {
		return measure(ResponsesMapping.DEFAULTS, now, write("answers.csv", csv));
	}

	Measured measure(ResponsesMapping mapping, String now, Path... files) throws BadInputException {
		return Results.measure(spec(), mapping, ProjectConfig.DEFAULTS, List.of(files), Instant.parse(now));
	}
}
