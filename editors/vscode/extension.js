// Starts the cxspec language server (`java -jar cxspec.jar lsp`, over standard input and output)
// with the user's Java, for every *.cxspec file of the workspace, and restarts it when its
// settings change. Tells the server about *.cxspec and cxspec.yaml files changed on disk.
'use strict';
const path = require('path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const server = require('./server');

let client;
let watcher;
let starting = Promise.resolve();

function settings() {
  const configuration = vscode.workspace.getConfiguration('cxspec');
  const folders = vscode.workspace.workspaceFolders;
  return {
    javaHome: configuration.get('java.home'),
    serverJar: configuration.get('server.jar'),
    workspaceFolder: folders && folders.length > 0 ? folders[0].uri.fsPath : undefined,
  };
}

async function showProblem(message) {
  const choice = await vscode.window.showErrorMessage(`cxspec: ${message}`, 'Open Settings');
  if (choice === 'Open Settings') {
    vscode.commands.executeCommand('workbench.action.openSettings', 'cxspec');
  }
}

async function start(context) {
  const current = settings();
  const java = server.findJava({ ...current, environmentJavaHome: process.env.JAVA_HOME });
  const jar = server.findServerJar({ ...current, bundledJar: context.asAbsolutePath(path.join('server', 'cxspec.jar')) });
  const problem = java.error || jar.error || server.checkJava(java.java);
  if (problem) {
    showProblem(problem);
    return;
  }
  watcher = vscode.workspace.createFileSystemWatcher('**/{*.cxspec,cxspec.yaml}');
  client = new LanguageClient('cxspec', 'cxspec', { command: java.java, args: server.serverArguments(jar.jar) }, {
    documentSelector: [{ scheme: 'file', language: 'cxspec' }],
    synchronize: { fileEvents: watcher },
  });
  try {
    await client.start();
  } catch (error) {
    showProblem(`the language server did not start (${error.message}). See the "cxspec" output for the server's own words.`);
  }
}

async function stop() {
  const running = client;
  client = undefined;
  if (watcher) watcher.dispose();
  watcher = undefined;
  if (running) {
    try {
      await running.stop();
    } catch (error) {
      // A server that already died cannot be stopped; starting a new one is what matters.
    }
  }
}

/** Restarts are queued so that two quick settings changes do not start two servers. */
function restart(context) {
  starting = starting.then(stop).then(() => start(context));
  return starting;
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('cxspec.restartServer', () => restart(context)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('cxspec.java.home') || event.affectsConfiguration('cxspec.server.jar')) {
        restart(context);
      }
    }),
    { dispose: stop },
  );
  await restart(context);
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
