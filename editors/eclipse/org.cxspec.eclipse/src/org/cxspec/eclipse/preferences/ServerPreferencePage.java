package org.cxspec.eclipse.preferences;

import org.cxspec.eclipse.markers.ProjectChecks;
import org.cxspec.eclipse.server.ServerSettings;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window > Preferences > cxspec: only for those who need another Java, other JVM options or
 * another cxspec.jar; empty fields mean the Java that runs Eclipse and the bundled server.
 */
public final class ServerPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public ServerPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ServerSettings.QUALIFIER));
		setDescription("The cxspec language server runs on the Java that runs Eclipse, from the cxspec.jar "
				+ "inside this plug-in. Change these only if you need to; empty means the default. "
				+ "Changes apply when the server next starts (close and reopen the spec's editor).");
	}

	@Override
	public void init(IWorkbench workbench) {
	}

	@Override
	protected void createFieldEditors() {
		FileFieldEditor java = new FileFieldEditor(ServerSettings.JAVA_EXECUTABLE, "&Java executable (17 or newer):", true,
				FileFieldEditor.VALIDATE_ON_KEY_STROKE, getFieldEditorParent());
		java.setEmptyStringAllowed(true);
		addField(java);
		addField(new StringFieldEditor(ServerSettings.JVM_OPTIONS, "Extra JVM &options:", getFieldEditorParent()));
		FileFieldEditor jar = new FileFieldEditor(ServerSettings.SERVER_JAR, "Another &cxspec.jar:", true,
				FileFieldEditor.VALIDATE_ON_KEY_STROKE, getFieldEditorParent());
		jar.setFileExtensions(new String[] { "*.jar" });
		jar.setEmptyStringAllowed(true);
		addField(jar);
	}

	@Override
	public boolean performOk() {
		boolean saved = super.performOk();
		ProjectChecks.scheduleAll(); // the findings may differ with another cxspec.jar
		return saved;
	}
}
