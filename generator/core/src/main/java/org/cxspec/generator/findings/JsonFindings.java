package org.cxspec.generator.findings;

import java.nio.file.Path;
import java.util.List;

import org.cxspec.load.Finding;
import org.cxspec.load.Locations;
import org.eclipse.xtext.diagnostics.Severity;

/**
 * A stable JSON document for scripts and dashboards: {@code formatVersion}, the files
 * checked, the counts, and one object per diagnostic. Fields are only ever added.
 */
final class JsonFindings implements FindingsFormat.Renderer {

	static final int FORMAT_VERSION = 1;

	@Override
	public String render(FindingsReport report) {
		List<Object> files = Json.list();
		for (Path file : report.files()) {
			files.add(Locations.display(file));
		}
		List<Object> diagnostics = Json.list();
		for (Finding finding : report.findings()) {
			diagnostics.add(Json.obj()
					.put("file", finding.displayPath())
					.put("line", finding.line())
					.put("column", finding.column())
					.put("endLine", finding.endLine())
					.put("endColumn", finding.endColumn())
					.put("severity", finding.severityWord())
					.put("rule", finding.ruleId())
					.put("message", finding.message()));
		}
		return Json.write(Json.obj()
				.put("tool", "cxspec")
				.put("formatVersion", FORMAT_VERSION)
				.put("files", files)
				.put("summary", Json.obj()
						.put("errors", report.count(Severity.ERROR))
						.put("warnings", report.count(Severity.WARNING))
						.put("infos", report.count(Severity.INFO))
						.put("failed", report.fails()))
				.put("diagnostics", diagnostics));
	}
}
