package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** SARIF output is valid SARIF 2.1.0, with rule metadata, 1-based regions and relative paths. */
class SarifSchemaTest {

	@TempDir
	Path dir;

	private static JsonSchema schema() throws Exception {
		Path file = Path.of(System.getProperty("sarif.schema", "target/sarif-schema/sarif-schema-2.1.0.json"));
		assertTrue(Files.isRegularFile(file), "SARIF schema missing at " + file + ": the build fetches it (src/test/fetch-sarif-schema.sh)");
		try (InputStream in = Files.newInputStream(file)) {
			return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
		}
	}

	@Test
	void sarifOfAFlawedSpecMatchesTheSchema() throws Exception {
		Path spec = Specs.write(dir, "with space/flawed.cxspec", Specs.CLEAN.replace("delivers Fairness", "delivers Fairnes")
				.replace(" within \"No payout promises\"", "") + "role Idle \"Idle\"\n");
		CliRun run = CliRun.of("validate", "--format", "sarif", spec.toString());
		JsonNode sarif = new ObjectMapper().readTree(run.out());
		Set<ValidationMessage> problems = schema().validate(sarif);
		assertTrue(problems.isEmpty(), problems.toString());

		JsonNode runNode = sarif.get("runs").get(0);
		JsonNode rules = runNode.get("tool").get("driver").get("rules");
		assertEquals(org.cxspec.rules.Rule.values().length, rules.size());
		JsonNode result = resultFor(runNode, "unresolved-reference");
		assertEquals("unresolved-reference", result.get("ruleId").asText());
		assertEquals("unresolved-reference", rules.get(result.get("ruleIndex").asInt()).get("id").asText());
		assertEquals("error", result.get("level").asText());
		JsonNode location = result.get("locations").get(0).get("physicalLocation");
		String uri = location.get("artifactLocation").get("uri").asText();
		assertTrue(!uri.startsWith("/") && uri.endsWith("with%20space/flawed.cxspec"), uri);
		assertEquals(14, location.get("region").get("startLine").asInt());
		assertEquals(22, location.get("region").get("startColumn").asInt());
		assertEquals("note", resultFor(runNode, "role-without-touchpoints").get("level").asText());
		assertEquals("warning", resultFor(runNode, "loose-without-guardrail").get("level").asText());
	}

	private static JsonNode resultFor(JsonNode run, String ruleId) {
		for (JsonNode result : run.get("results")) {
			if (result.get("ruleId").asText().equals(ruleId)) {
				return result;
			}
		}
		throw new AssertionError("no result for " + ruleId + " in " + run.get("results"));
	}

	@Test
	void sarifOfACleanSpecMatchesTheSchema() throws Exception {
		CliRun run = CliRun.of("validate", "--format", "sarif", Specs.write(dir, "clean.cxspec", Specs.CLEAN).toString());
		JsonNode sarif = new ObjectMapper().readTree(run.out());
		assertTrue(schema().validate(sarif).isEmpty());
		assertEquals(0, sarif.get("runs").get(0).get("results").size());
	}
}
