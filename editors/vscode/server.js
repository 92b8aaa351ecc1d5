// How the extension starts the language server: which Java, which cxspec.jar, and whether that
// Java is new enough. Plain Node (no `vscode` import), so test/server.test.js checks it directly.
'use strict';
const childProcess = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const MINIMUM_JAVA = 17;

/** A user's path setting: `~` is the home folder, `${workspaceFolder}` and relative paths the workspace folder. */
function expandPath(value, workspaceFolder) {
  let expanded = value.trim().replace(/^~(?=$|[\\/])/, os.homedir());
  if (workspaceFolder) expanded = expanded.split('${workspaceFolder}').join(workspaceFolder);
  if (!path.isAbsolute(expanded) && workspaceFolder) expanded = path.join(workspaceFolder, expanded);
  return path.normalize(expanded);
}

/**
 * The java command: the `cxspec.java.home` setting, else JAVA_HOME, else `java` on the PATH.
 * A setting that points nowhere is an error, not a silent fall-back to another Java.
 */
function findJava({ javaHome, environmentJavaHome, workspaceFolder, platform = process.platform }) {
  const executable = platform === 'win32' ? 'java.exe' : 'java';
  if (javaHome && javaHome.trim() !== '') {
    const home = expandPath(javaHome, workspaceFolder);
    const java = path.join(home, 'bin', executable);
    if (!fs.existsSync(java)) {
      return { error: `The setting "cxspec.java.home" is ${javaHome}, but ${java} does not exist. Point it at the folder of a Java 17 or newer installation (the one that holds bin/${executable}), or clear it.` };
    }
    return { java };
  }
  if (environmentJavaHome && fs.existsSync(path.join(environmentJavaHome, 'bin', executable))) {
    return { java: path.join(environmentJavaHome, 'bin', executable) };
  }
  return { java: executable };
}

/** The server jar: the `cxspec.server.jar` setting, else the one bundled in the extension. */
function findServerJar({ serverJar, bundledJar, workspaceFolder }) {
  if (serverJar && serverJar.trim() !== '') {
    const jar = expandPath(serverJar, workspaceFolder);
    if (!fs.existsSync(jar)) {
      return { error: `The setting "cxspec.server.jar" is ${serverJar}, but ${jar} does not exist. Point it at a cxspec.jar (build one with ./mvnw -B -q package -DskipTests: generator/cli/target/cxspec.jar), or clear it to use the bundled server.` };
    }
    return { jar };
  }
  if (!fs.existsSync(bundledJar)) {
    return { error: `The bundled language server ${bundledJar} is missing. Reinstall the extension, or set "cxspec.server.jar" to a cxspec.jar.` };
  }
  return { jar: bundledJar };
}

/** The major version `java -version` reports (8 for "1.8.0_392", 17 for "17.0.9"), or undefined. */
function javaMajorVersion(versionOutput) {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Runs `java -version` once: an error message when this Java cannot run the server, else undefined. */
function checkJava(java) {
  const result = childProcess.spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 20000 });
  if (result.error) {
    const missing = result.error.code === 'ENOENT';
    return missing
      ? `No Java found to run the cxspec language server ("${java}"). Install Java ${MINIMUM_JAVA} or newer, or set "cxspec.java.home" to its folder.`
      : `${java} -version failed (${result.error.message}). Set "cxspec.java.home" to the folder of a Java ${MINIMUM_JAVA} or newer installation.`;
  }
  const major = javaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major === undefined) {
    return `${java} -version did not say which Java it is. Set "cxspec.java.home" to the folder of a Java ${MINIMUM_JAVA} or newer installation.`;
  }
  if (major < MINIMUM_JAVA) {
    return `${java} is Java ${major}; the cxspec language server needs Java ${MINIMUM_JAVA} or newer. Set "cxspec.java.home" to the folder of a newer Java.`;
  }
  return undefined;
}

/** The command line of the server. Over standard input and output; no `--stdio` needed (the server accepts it too). */
function serverArguments(jar) {
  return ['-XX:+UseSerialGC', '-Xss4m', '-jar', jar, 'lsp'];
}

module.exports = { expandPath, findJava, findServerJar, javaMajorVersion, checkJava, serverArguments, MINIMUM_JAVA };
