// Checks how the extension finds the Java and the cxspec.jar it starts (server.js): the settings
// a user writes, the messages they get when a setting points nowhere or the Java is too old.
// Run with `npm test` in editors/vscode; plain Node, no VS Code needed.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const server = require('../server');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cxspec-vscode-'));
const fakeJava = (folder, versionLine) => {
  fs.mkdirSync(path.join(folder, 'bin'), { recursive: true });
  const java = path.join(folder, 'bin', 'java');
  fs.writeFileSync(java, `#!/bin/sh\necho '${versionLine}' >&2\n`, { mode: 0o755 });
  return java;
};
const tests = [];
const test = (name, body) => tests.push({ name, body });

test('cxspec.java.home wins over JAVA_HOME, with ~ and ${workspaceFolder} expanded', () => {
  const java = fakeJava(path.join(scratch, 'workspace', 'jdk'), 'openjdk version "21.0.2" 2024-01-16');
  const workspaceFolder = path.join(scratch, 'workspace');
  assert.deepStrictEqual(server.findJava({ javaHome: '${workspaceFolder}/jdk', environmentJavaHome: '/nowhere', workspaceFolder }), { java });
  assert.deepStrictEqual(server.findJava({ javaHome: 'jdk', workspaceFolder }), { java });
  assert.strictEqual(server.expandPath('~/x', undefined), path.join(os.homedir(), 'x'));
});

test('a cxspec.java.home that holds no bin/java is reported by name, not replaced by another Java', () => {
  const found = server.findJava({ javaHome: '/opt/no-such-jdk', environmentJavaHome: scratch });
  assert.match(found.error, /"cxspec\.java\.home" is \/opt\/no-such-jdk, but \/opt\/no-such-jdk\/bin\/java does not exist/);
});

test('without a setting: JAVA_HOME, else java on the PATH', () => {
  const java = fakeJava(path.join(scratch, 'env-jdk'), 'openjdk version "17.0.9"');
  assert.deepStrictEqual(server.findJava({ environmentJavaHome: path.join(scratch, 'env-jdk') }), { java });
  assert.deepStrictEqual(server.findJava({ javaHome: '  ', environmentJavaHome: '/nowhere' }), { java: 'java' });
});

test('cxspec.server.jar: used when it exists, reported when it does not, else the bundled jar', () => {
  const jar = path.join(scratch, 'cxspec.jar');
  fs.writeFileSync(jar, '');
  assert.deepStrictEqual(server.findServerJar({ serverJar: jar, bundledJar: '/nowhere.jar' }), { jar });
  assert.deepStrictEqual(server.findServerJar({ serverJar: 'cxspec.jar', bundledJar: '/nowhere.jar', workspaceFolder: scratch }), { jar });
  assert.match(server.findServerJar({ serverJar: '/tmp/none/cxspec.jar', bundledJar: jar }).error, /"cxspec\.server\.jar" is \/tmp\/none\/cxspec\.jar, but .* does not exist/);
  assert.deepStrictEqual(server.findServerJar({ serverJar: '', bundledJar: jar }), { jar });
  assert.match(server.findServerJar({ bundledJar: '/nowhere/cxspec.jar' }).error, /bundled language server \/nowhere\/cxspec\.jar is missing/);
});

test('Java versions as `java -version` prints them', () => {
  assert.strictEqual(server.javaMajorVersion('java version "1.8.0_392"'), 8);
  assert.strictEqual(server.javaMajorVersion('openjdk version "17.0.9" 2023-10-17'), 17);
  assert.strictEqual(server.javaMajorVersion('openjdk version "25" 2025-09-16'), 25);
  assert.strictEqual(server.javaMajorVersion('nonsense'), undefined);
});

test('a Java that is too old, missing or silent gets a message that says what to set', () => {
  assert.strictEqual(server.checkJava(fakeJava(path.join(scratch, 'jdk17'), 'openjdk version "17.0.9"')), undefined);
  assert.match(server.checkJava(fakeJava(path.join(scratch, 'jdk11'), 'openjdk version "11.0.2"')), /is Java 11; the cxspec language server needs Java 17 or newer\. Set "cxspec\.java\.home"/);
  assert.match(server.checkJava(path.join(scratch, 'missing', 'java')), /No Java found .* set "cxspec\.java\.home"/);
  assert.match(server.checkJava(fakeJava(path.join(scratch, 'odd'), 'hello')), /did not say which Java it is/);
});

test('the server is started plainly over standard input and output', () => {
  assert.deepStrictEqual(server.serverArguments('/x/cxspec.jar').slice(-3), ['-jar', '/x/cxspec.jar', 'lsp']);
});

let failed = 0;
for (const { name, body } of tests) {
  try {
    body();
  } catch (error) {
    failed++;
    console.error(`FAILED: ${name}\n${error.message}`);
  }
}
fs.rmSync(scratch, { recursive: true, force: true });
if (failed > 0) process.exit(1);
console.log(`extension settings: ${tests.length} checks passed`);
