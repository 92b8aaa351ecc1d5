// Starts the cxspec language server (`java -jar cxspec.jar lsp`, over standard input and output)
// with the user's Java, for every *.cxspec file of the workspace.
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function javaExecutable() {
  const executable = process.platform === 'win32' ? 'java.exe' : 'java';
  const configured = vscode.workspace.getConfiguration('cxspec').get('java.home');
  for (const home of [configured, process.env.JAVA_HOME]) {
    if (home && fs.existsSync(path.join(home, 'bin', executable))) {
      return path.join(home, 'bin', executable);
    }
  }
  return executable; // on the PATH
}

function serverJar(context) {
  const configured = vscode.workspace.getConfiguration('cxspec').get('server.jar');
  return configured && configured.trim() !== '' ? configured : context.asAbsolutePath(path.join('server', 'cxspec.jar'));
}

async function activate(context) {
  const jar = serverJar(context);
  if (!fs.existsSync(jar)) {
    vscode.window.showErrorMessage(`cxspec: the language server ${jar} is missing; set "cxspec.server.jar" to a cxspec.jar.`);
    return;
  }
  const server = {
    command: javaExecutable(),
    args: ['-XX:+UseSerialGC', '-Xss4m', '-jar', jar, 'lsp'],
    transport: TransportKind.stdio,
  };
  client = new LanguageClient('cxspec', 'cxspec', server, {
    documentSelector: [{ scheme: 'file', language: 'cxspec' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.cxspec,cxspec.yaml}') },
  });
  try {
    await client.start();
  } catch (error) {
    vscode.window.showErrorMessage(`cxspec: the language server did not start (${error.message}). It needs Java 17 or newer: set "cxspec.java.home" or JAVA_HOME.`);
  }
  context.subscriptions.push({ dispose: () => client && client.stop() });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
