// cxspec studio: files of the spec folder on the left, the editor (talking to the cxspec language
// server) in the middle, the generated documents on the right. Nothing typed is lost: saves state
// the version they replace, disk changes are polled, and a clash keeps both versions in view.
import { cxspecLanguage, editorExtensions, newState, EditorView } from './editor.js';
import { PreviewPane } from './preview.js';
import { openLintPanel } from '@codemirror/lint';
import { S, $, isDirty, say, api, t } from './state.js';
import { connect, complete, hover, onEditorClick, goToDefinition, rename, format, reveal } from './language.js';
import { onEditorChange, listFiles, show, markFiles, schedulePreview, saveAll, newFile, renameFile, deleteFile, keepMine, takeTheirs, pollDisk, flushBackups } from './files.js';

// ---- start ----
async function start() {
  S.info = await (await fetch('/api/info')).json();
  $('folder').textContent = S.info.name;
  const language = await cxspecLanguage();
  const keys = [
    { key: 'Mod-s', run: () => { saveAll(); return true; }, preventDefault: true },
    { key: 'F12', run: () => { goToDefinition(); return true; } },
    { key: 'F2', run: () => { rename(); return true; } },
    { key: 'Shift-Alt-f', run: () => { format(); return true; } },
    { key: 'Mod-.', run: openLintPanel },
  ];
  S.extensions = editorExtensions({ language, complete, hover, keys, onChange: onEditorChange, onClick: onEditorClick });
  S.view = new EditorView({ parent: $('editor'), state: newState('', S.extensions) });
  S.preview = new PreviewPane({ select: $('documents'), frames: [$('preview-a'), $('preview-b')], status: $('preview-status'), reveal });
  S.preview.onShown = (ms) => { if (S.lastChange) S.stats.previewMs.push(performance.now() - S.lastChange); };
  S.preview.onAnswered = () => { if (S.lastChange) S.stats.previewAnswerMs.push(performance.now() - S.lastChange); };
  await connect();
  const files = await listFiles();
  S.diskVersions = new Map(files.map((file) => [file.path, file.version]));
  const wanted = decodeURIComponent(location.hash.slice(1));
  const first = S.diskVersions.has(wanted) ? wanted : files.find((file) => file.path.endsWith('.cxspec'))?.path;
  if (first) await show(first); else markFiles();
  schedulePreview(0);
  $('save').addEventListener('click', saveAll);
  $('format').addEventListener('click', format);
  $('new-file').addEventListener('click', newFile);
  $('rename-file').addEventListener('click', renameFile);
  $('delete-file').addEventListener('click', deleteFile);
  $('keep-mine').addEventListener('click', keepMine);
  $('take-theirs').addEventListener('click', takeTheirs);
  window.addEventListener('beforeunload', (event) => {
    flushBackups();
    if ([...S.docs.keys()].some(isDirty)) { event.preventDefault(); event.returnValue = ''; }
  });
  setInterval(pollDisk, 1000);
  document.body.dataset.ready = 'true';
}

start().catch((error) => say(t('status.cannotStart', error.message), true));

