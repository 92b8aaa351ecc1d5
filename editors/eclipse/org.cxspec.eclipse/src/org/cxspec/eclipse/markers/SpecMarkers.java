package org.cxspec.eclipse.markers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.cxspec.eclipse.server.RuleIdInMessage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;

/** The server's diagnostics as Problems-view markers: one per finding, with its rule id. */
public final class SpecMarkers {

	public static final String TYPE = "org.cxspec.eclipse.problem";
	/** The finding's rule id, as {@code cxspec validate} and {@code cxspec explain} name it. */
	public static final String RULE_ID = "ruleId";

	private SpecMarkers() {
	}

	/** Replaces this file's cxspec markers with these diagnostics. */
	public static void replace(IFile file, List<Diagnostic> diagnostics) throws CoreException {
		List<Integer> lineStarts = lineStarts(file);
		file.getWorkspace().run(monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Diagnostic diagnostic : diagnostics) {
				String ruleId = diagnostic.getCode() == null ? null
						: diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
				IMarker marker = file.createMarker(TYPE);
				marker.setAttribute(IMarker.MESSAGE, RuleIdInMessage.append(text(diagnostic), ruleId));
				marker.setAttribute(IMarker.SEVERITY, severity(diagnostic.getSeverity()));
				marker.setAttribute(IMarker.LINE_NUMBER, diagnostic.getRange().getStart().getLine() + 1);
				marker.setAttribute(IMarker.CHAR_START, offset(lineStarts, diagnostic.getRange().getStart()));
				marker.setAttribute(IMarker.CHAR_END, Math.max(offset(lineStarts, diagnostic.getRange().getEnd()),
						offset(lineStarts, diagnostic.getRange().getStart()) + 1));
				if (ruleId != null) {
					marker.setAttribute(RULE_ID, ruleId);
				}
			}
		}, file, IWorkspace.AVOID_UPDATE, null);
	}

	/** One marker on the project when it could not be checked at all: the user sees why. */
	public static void replaceProjectProblem(IResource project, String problem) throws CoreException {
		project.getWorkspace().run(monitor -> {
			project.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			if (problem != null) {
				IMarker marker = project.createMarker(TYPE);
				marker.setAttribute(IMarker.MESSAGE, problem);
				marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
			}
		}, project, IWorkspace.AVOID_UPDATE, null);
	}

	static void clearLater(IFile file) {
		WorkspaceJob job = new WorkspaceJob("cxspec: hand " + file.getName() + " to the editor's language server") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (file.exists()) {
					file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ProjectChecks.FAMILY;
			}
		};
		job.setRule(file);
		job.setSystem(true);
		job.schedule();
	}

	private static String text(Diagnostic diagnostic) {
		var message = diagnostic.getMessage();
		return message == null ? "" : message.isLeft() ? message.getLeft() : message.getRight().getValue();
	}

	private static int severity(DiagnosticSeverity severity) {
		if (severity == null) {
			return IMarker.SEVERITY_ERROR;
		}
		return switch (severity) {
		case Error -> IMarker.SEVERITY_ERROR;
		case Warning -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}

	/** Where each line starts, in UTF-16 units as LSP positions count. */
	private static List<Integer> lineStarts(IFile file) throws CoreException {
		String text;
		try (InputStream in = file.getContents(true)) {
			text = new String(in.readAllBytes(), Charset.forName(file.getCharset()));
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + file.getFullPath() + ": " + e.getMessage(), e));
		}
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		starts.add(text.length());
		return starts;
	}

	private static int offset(List<Integer> lineStarts, Position position) {
		int line = Math.min(Math.max(position.getLine(), 0), lineStarts.size() - 2);
		int end = lineStarts.get(Math.min(line + 1, lineStarts.size() - 1));
		return Math.min(lineStarts.get(line) + Math.max(position.getCharacter(), 0), end);
	}
}
