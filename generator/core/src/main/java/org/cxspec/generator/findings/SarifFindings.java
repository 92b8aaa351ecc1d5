package org.cxspec.generator.findings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxspec.generator.CxspecVersion;
import org.cxspec.load.Finding;
import org.cxspec.rules.Rule;
import org.eclipse.xtext.diagnostics.Severity;

/**
 * SARIF 2.1.0 for code-scanning tools: every rule described in the tool driver (id, title,
 * explanation, default level), results with 1-based regions and paths relative to the
 * working directory, and a fingerprint that survives unrelated edits.
 */
final class SarifFindings implements FindingsFormat.Renderer {

	static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

	@Override
	public String render(FindingsReport report) {
		List<Object> rules = Json.list();
		for (Rule rule : Rule.values()) {
			rules.add(Json.obj()
					.put("id", rule.id())
					.put("name", camel(rule.id()))
					.put("shortDescription", Json.obj().put("text", rule.title()))
					.put("fullDescription", Json.obj().put("text", rule.explanation()))
					.put("help", Json.obj().put("text", rule.explanation()))
					.put("defaultConfiguration", Json.obj().put("level", level(rule.defaultSeverity())))
					.put("properties", Json.obj().put("tags", List.of("cx", rule.concern().name().toLowerCase(Locale.ROOT)))));
		}
		List<Object> results = Json.list();
		Map<String, Integer> seen = new HashMap<>();
		for (Finding finding : report.findings()) {
			String fingerprint = fingerprint(finding);
			int occurrence = seen.merge(fingerprint, 1, Integer::sum);
			results.add(result(finding, occurrence == 1 ? fingerprint : fingerprint + ":" + occurrence));
		}
		Json.Obj driver = Json.obj()
				.put("name", "cxspec")
				.put("semanticVersion", CxspecVersion.VERSION)
				.put("rules", rules);
		Json.Obj run = Json.obj()
				.put("tool", Json.obj().put("driver", driver))
				.put("columnKind", "utf16CodeUnits")
				.put("results", results);
		return Json.write(Json.obj()
				.put("$schema", SCHEMA)
				.put("version", "2.1.0")
				.put("runs", List.of(run)));
	}

	private static Json.Obj result(Finding finding, String fingerprint) {
		Json.Obj region = Json.obj()
				.put("startLine", finding.line())
				.put("startColumn", finding.column())
				.put("endLine", finding.endLine())
				.put("endColumn", Math.max(finding.endColumn(), finding.endLine() == finding.line() ? finding.column() : 1));
		Json.Obj location = Json.obj().put("physicalLocation", Json.obj()
				.put("artifactLocation", Json.obj().put("uri", uri(finding.displayPath())))
				.put("region", region));
		return Json.obj()
				.put("ruleId", finding.ruleId())
				.putIfPresent("ruleIndex", Rule.byId(finding.ruleId()).map(Rule::ordinal).orElse(null))
				.put("level", level(finding.severity()))
				.put("message", Json.obj().put("text", finding.message()))
				.put("locations", List.of(location))
				.put("partialFingerprints", Json.obj().put("cxspecFinding/v1", fingerprint));
	}

	static String level(Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> "note";
		};
	}

	/**
	 * Rule, file and message (which names the element): unchanged when lines move, changed when
	 * the finding does. Identical findings in one file are told apart by their order (":2", ":3").
	 */
	static String fingerprint(Finding finding) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] hash = digest.digest((finding.ruleId() + "\n" + finding.displayPath() + "\n" + finding.message())
					.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		} catch (NoSuchAlgorithmException alwaysPresent) {
			throw new IllegalStateException(alwaysPresent);
		}
	}

	/** A relative URI reference: '/' separators, spaces and other reserved characters escaped. */
	private static String uri(String path) {
		StringBuilder out = new StringBuilder();
		for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if (Character.isLetterOrDigit(c) && c < 128 || "/-._~".indexOf(c) >= 0) {
				out.append((char) c);
			} else {
				out.append('%').append(String.format("%02X", c));
			}
		}
		return out.toString();
	}

	private static String camel(String id) {
		StringBuilder out = new StringBuilder();
		for (String part : id.split("-")) {
			out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return out.toString();
	}
}
