package org.cxspec.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxspec.CxspecStandaloneSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/**
 * The server re-validates only the files an edit can concern (see CrossFileChanges). This
 * walks the six-file example through edits that reach across files (a renamed value, a
 * duplicate name, a moved declaration, a second brand, a tight standard against a freedom
 * elsewhere...) and after each one compares every file's diagnostics with what
 * {@code cxspec validate} reports for the same texts: a file left out would keep stale ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncrementalDiagnosticsTest {

	private static final Path EXAMPLE = Path.of("../../examples/insurer-claims");

	/** One edit, and a finding it must cause somewhere, so that every step tests something. */
	private record Edit(String file, String old, String replacement, String causes) {
	}

	private static final List<Edit> EDITS = List.of(
			new Edit("brand.cxspec", "value Speed ", "value Pace ", "claims-journey.cxspec unresolved-reference"),
			new Edit("brand.cxspec", "value Pace ", "value Speed ", null),
			new Edit("people.cxspec", "role LegalCounsel ", "role Care ", "brand.cxspec duplicate-name"),
			new Edit("brand.cxspec", "/* Harbourline", "\n\n/* Harbourline", "people.cxspec duplicate-name"),
			new Edit("claims-journey.cxspec", "staffed by LossAdjuster", "staffed by ClaimsAgent", "people.cxspec role-without-touchpoints"),
			new Edit("claims-journey.cxspec", "tight \"Arrive within four hours of the call, or ring ahead to say when\"",
					"tight \"Put right a small service failure on the spot, without asking a manager\"", "brand.cxspec tight-loose-conflict"),
			// A second brand, then the promise only it makes, then only it: brand facts reach across files.
			new Edit("customers.cxspec", "customer Homeowners ", "brand Second \"Second\" { promise \"Ours\" }\ncustomer Homeowners ",
					"customers.cxspec multiple-brands"),
			new Edit("brand.cxspec", "promise \"When something goes wrong", "// promise \"When something goes wrong", null),
			new Edit("customers.cxspec", "promise \"Ours\" ", "", "brand.cxspec missing-promise"),
			new Edit("brand.cxspec", "brand Harbourline", "/* brand Harbourline", null),
			new Edit("brand.cxspec", "our partners\"\n}", "our partners\"\n} */", "customers.cxspec missing-promise"),
			// No brand left: the finding goes to the first file, which this edit does not touch.
			new Edit("customers.cxspec", "brand Second \"Second\" { }\n", "", "brand.cxspec missing-promise"));

	@TempDir
	static Path workspace;

	@TempDir
	static Path mirror;

	private LanguageServerHarness client;
	private Injector validate;
	private final List<String> files = new ArrayList<>();

	@BeforeAll
	void start() throws Exception {
		Map<String, String> texts = Findings.specTexts(EXAMPLE);
		files.addAll(texts.keySet());
		client = new LanguageServerHarness(LanguageServerHarness.workspace(workspace, texts));
		client.initialize();
		for (String file : files) {
			client.open(file);
		}
		// The server runs in this JVM: registering another injector would take the language over from it.
		validate = new CxspecStandaloneSetup().createInjector();
	}

	@AfterAll
	void stop() throws Exception {
		if (client != null) {
			client.close();
		}
	}

	@Test
	void afterEveryEditEachFileShowsWhatValidateReports() throws Exception {
		agreeWithValidate("the example as shipped");
		for (Edit edit : EDITS) {
			client.replace(edit.file(), edit.old(), edit.replacement());
			String step = edit.file() + ": '" + edit.old().strip() + "' -> '" + edit.replacement().strip() + "'";
			Map<String, List<String>> expected = agreeWithValidate(step);
			if (edit.causes() != null) {
				String[] fileAndRule = edit.causes().split(" ");
				assertTrue(expected.get(fileAndRule[0]).stream().anyMatch(line -> line.endsWith("[" + fileAndRule[1] + "]")),
						"after " + step + " validate reports " + edit.causes() + ": " + expected);
			}
		}
	}

	/** Waits until every open file's diagnostics are what validate reports for the current texts. */
	private Map<String, List<String>> agreeWithValidate(String step) throws Exception {
		Map<String, String> texts = new TreeMap<>();
		files.forEach(file -> texts.put(file, client.texts.get(client.uri(file))));
		Map<String, List<String>> expected = Findings.reported(validate, mirror, texts);
		assertEquals(expected, Findings.settled(expected, this::published), "after " + step);
		return expected;
	}

	private Map<String, List<String>> published() {
		Map<String, List<String>> byFile = new TreeMap<>();
		files.forEach(file -> byFile.put(file, Findings.lines(client.diagnostics.getOrDefault(client.uri(file), List.of()))));
		return byFile;
	}
}
