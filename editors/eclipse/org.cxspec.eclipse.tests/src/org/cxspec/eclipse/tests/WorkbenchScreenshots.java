package org.cxspec.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.cxspec.eclipse.markers.ProjectChecks;
import org.cxspec.eclipse.markers.SpecChanges;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * Not a check but pictures: what a strategist sees in this Eclipse with an example open. Runs only
 * when -Dcxspec.screenshots=DIR is given (editors/eclipse/screenshots.sh does), and writes PNGs of
 * the whole X display there with ImageMagick's import.
 */
class WorkbenchScreenshots {

	/** Pixels a finding's whole message takes, up to its rule id (the screen is 2200 wide). */
	private static final int WHOLE_MESSAGE = 1950;

	@Test
	void screenshots() throws Exception {
		String out = System.getProperty("cxspec.screenshots", "");
		assumeTrue(!out.isBlank(), "screenshots are taken only with -Dcxspec.screenshots=DIR (editors/eclipse/screenshots.sh)");
		Path dir = Files.createDirectories(Path.of(out));
		SpecChanges.start();
		IProject project = ImportedSpecProject.importExample("insurer-claims", "harbourline-claims");
		Job.getJobManager().join(ProjectChecks.FAMILY, null);

		ui(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
			// Xvfb has no window manager to maximize the window: give it the whole screen
			page.getWorkbenchWindow().getShell().setBounds(page.getWorkbenchWindow().getShell().getDisplay().getBounds());
			page.showView(IPageLayout.ID_PROJECT_EXPLORER);
			page.showView(IPageLayout.ID_PROBLEM_VIEW);
			IDE.openEditor(page, project.getFile("claims-journey.cxspec"));
			IDE.openEditor(page, project.getFile("lonely.cxspec"));
		});
		ui(() -> expandTrees(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), 1000)); // once the views are filled
		capture(dir.resolve("eclipse-editor-problems.png"));

		ui(() -> { // the Problems view alone, so that whole messages show, with their rule ids
			IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
			page.setPartState(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW), IWorkbenchPage.STATE_MAXIMIZED);
		});
		ui(() -> expandTrees(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), WHOLE_MESSAGE));
		capture(dir.resolve("eclipse-problems-rule-ids.png"));
		ui(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
			page.setPartState(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW), IWorkbenchPage.STATE_RESTORED);
		});

		AtomicReference<PreferenceDialog> dialog = new AtomicReference<>();
		ui(() -> {
			PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(null, "org.cxspec.eclipse.preferences", null, null);
			preferences.setBlockOnOpen(false);
			preferences.open();
			dialog.set(preferences);
		});
		capture(dir.resolve("eclipse-preferences.png"));
		ui(() -> dialog.get().close());
	}

	/** Opens the Project Explorer's and the Problems view's trees, wide enough that the rule ids show. */
	private static void expandTrees(Control control, int descriptionWidth) {
		if (control instanceof Tree tree) {
			if (tree.getColumnCount() > 0) {
				tree.getColumn(0).setWidth(descriptionWidth);
			}
			for (TreeItem item : tree.getItems()) {
				Event expand = new Event();
				expand.item = item;
				tree.notifyListeners(SWT.Expand, expand); // JFace fills the children on this event
				item.setExpanded(true);
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				expandTrees(child, descriptionWidth);
			}
		}
	}

	private interface UiAction {
		void run() throws Exception;
	}

	/** Runs on the UI thread, then lets the display paint everything it has to. */
	private static void ui(UiAction action) throws Exception {
		AtomicReference<Exception> failure = new AtomicReference<>();
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			try {
				action.run();
			} catch (Exception e) {
				failure.set(e);
			}
			while (display.readAndDispatch()) {
				// paint
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	private static void capture(Path png) throws Exception {
		Process importing = new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start();
		assertTrue(importing.waitFor(60, TimeUnit.SECONDS), "import finished");
		assertEquals(0, importing.exitValue(), "import wrote " + png);
	}
}
