package org.cxspec.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.cxspec.eclipse.markers.ProjectChecks;
import org.cxspec.eclipse.markers.SpecChanges;
import org.cxspec.eclipse.markers.SpecMarkers;
import org.cxspec.eclipse.server.LanguageServerFactory;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.lsp4e.server.StreamConnectionProvider;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * In a running Eclipse workbench with the cxspec bundle installed, as a strategist uses it: an
 * example folder imported as a project shows its findings without a file open, a cxspec.yaml
 * change re-checks it, a spec opens in the Generic Editor, and the language server that LSP4E
 * would start through the bundle's extension factory answers over LSP.
 */
@TestMethodOrder(OrderAnnotation.class)
class EditorInWorkbenchTest {

	private static final String LONELY = "role-without-touchpoints";
	private static IProject project;

	@BeforeAll
	static void importExample() throws Exception {
		SpecChanges.start(); // what the workbench's early start-up does; it may have run already
		project = ImportedSpecProject.importExample("insurer-claims");
	}

	@AfterAll
	static void closeEditors() {
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> activePage().closeAllEditors(false));
	}

	@Test
	@Order(1)
	void importedProjectShowsFindingsWithoutOpeningFiles() throws Exception {
		Job.getJobManager().join(ProjectChecks.FAMILY, null);

		assertEquals(0, openEditors().length, "no file was opened");
		IMarker marker = onlyMarker(project.getFile("lonely.cxspec"));
		assertEquals(LONELY, marker.getAttribute(SpecMarkers.RULE_ID));
		assertTrue(((String) marker.getAttribute(IMarker.MESSAGE)).startsWith("The role Lonely staffs no touchpoint"), marker.getAttribute(IMarker.MESSAGE).toString());
		assertTrue(((String) marker.getAttribute(IMarker.MESSAGE)).endsWith("[" + LONELY + "]"));
		assertEquals(IMarker.SEVERITY_INFO, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(1, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(0, project.getFile("brand.cxspec").findMarkers(SpecMarkers.TYPE, false, IResource.DEPTH_ZERO).length,
				"the example itself has no findings");
	}

	@Test
	@Order(2)
	void cxspecYamlChangeChecksTheProjectAgain() throws Exception {
		IFile config = project.getFile("cxspec.yaml");
		config.create(new ByteArrayInputStream(("rules:\n  " + LONELY + ": error\n").getBytes(StandardCharsets.UTF_8)), true, null);
		Job.getJobManager().join(ProjectChecks.FAMILY, null);

		assertEquals(IMarker.SEVERITY_ERROR, onlyMarker(project.getFile("lonely.cxspec")).getAttribute(IMarker.SEVERITY, -1));

		config.delete(true, null);
		Job.getJobManager().join(ProjectChecks.FAMILY, null);
		assertEquals(IMarker.SEVERITY_INFO, onlyMarker(project.getFile("lonely.cxspec")).getAttribute(IMarker.SEVERITY, -1));
	}

	@Test
	@Order(3)
	void specOpensInTheGenericEditor() throws Exception {
		IFile brand = project.getFile("brand.cxspec");
		IContentType type = Platform.getContentTypeManager().findContentTypeFor(brand.getName());
		assertNotNull(type, "*.cxspec has a content type");
		assertEquals("org.cxspec.eclipse.cxspec", type.getId());
		assertEquals("org.cxspec.eclipse.cxspec", brand.getContentDescription().getContentType().getId());

		AtomicReference<IEditorPart> editor = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
			try {
				editor.set(IDE.openEditor(activePage(), brand));
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.get().getSite().getId());
		ITextEditor text = editor.get().getAdapter(ITextEditor.class);
		String shown = text.getDocumentProvider().getDocument(text.getEditorInput()).get();
		assertEquals(java.nio.file.Files.readString(Path.of(brand.getLocation().toOSString())), shown, "the editor shows the spec as it is on disk");
	}

	@Test
	@Order(4)
	void extensionFactoryStartsTheBundledServerAndItsDiagnosticsBecomeMarkers() throws Exception {
		Object created = new LanguageServerFactory().create();
		assertTrue(created instanceof StreamConnectionProvider, "the factory answers LSP4E's connection interface: " + created);
		StreamConnectionProvider provider = (StreamConnectionProvider) created;
		assertEquals("off", provider.getTrace(null), "default methods reach the interface's own implementation");
		Path folder = Path.of(project.getLocation().toOSString());
		try {
			LspRoundTrip session = LspRoundTrip.start(provider, folder);
			assertNotNull(session.initialized.getCapabilities().getCompletionProvider(), "initialize answered with capabilities");
			assertNotNull(session.initialized.getCapabilities().getHoverProvider());
			assertEquals(-1, provider.getErrorStream().read(), "standard error never reaches the client");

			List<Diagnostic> lonely = session.diagnostics.get(folder.resolve("lonely.cxspec").toUri().toString());
			assertNotNull(lonely, "diagnostics for lonely.cxspec: " + session.diagnostics.keySet());
			assertEquals(1, lonely.size());
			String message = lonely.get(0).getMessage().getLeft();
			assertEquals(LONELY, lonely.get(0).getCode().getLeft(), "the rule id travels as the code, which LSP4E appends to its marker");
			assertFalse(message.contains("[" + LONELY + "]"), "and only there, so it shows once: " + message);

			// what LSP4E does with them, done here with the bundle's own marker writer, once the
			// project check has handed the files the editor's server reports on over to it
			Job.getJobManager().join(ProjectChecks.FAMILY, null);
			assertEquals(0, project.getFile("lonely.cxspec").findMarkers(SpecMarkers.TYPE, false, IResource.DEPTH_ZERO).length,
					"the project check's marker made way for the editor's");
			IFile file = project.getFile("lonely.cxspec");
			SpecMarkers.replace(file, lonely);
			IMarker marker = onlyMarker(file);
			assertEquals(LONELY, marker.getAttribute(SpecMarkers.RULE_ID));
			assertFalse(((String) marker.getAttribute(IMarker.MESSAGE)).endsWith("] [" + LONELY + "]"), "the rule id shows once");

			// a cxspec.yaml saved in Eclipse reaches the editor's server, which checks again
			IFile config = project.getFile("cxspec.yaml");
			config.create(new ByteArrayInputStream(("rules:\n  " + LONELY + ": error\n").getBytes(StandardCharsets.UTF_8)), true, null);
			session.await(folder.resolve("lonely.cxspec").toUri().toString(),
					now -> now.size() == 1 && now.get(0).getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error);
			config.delete(true, null);
			session.shutdown();
		} finally {
			provider.stop();
		}
		Job.getJobManager().join(ProjectChecks.FAMILY, null);
		assertEquals(LONELY, onlyMarker(project.getFile("lonely.cxspec")).getAttribute(SpecMarkers.RULE_ID),
				"once the editor's server stops, the project check marks the file again");
	}

	private static IMarker onlyMarker(IFile file) throws Exception {
		IMarker[] markers = file.findMarkers(SpecMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length, file.getName() + ": " + Arrays.toString(markers));
		return markers[0];
	}

	private static IEditorPart[] openEditors() {
		AtomicReference<IEditorPart[]> editors = new AtomicReference<>();
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> editors.set(activePage().getEditors()));
		return editors.get();
	}

	private static IWorkbenchPage activePage() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}
}
