// Copies what the extension ships but the repository keeps elsewhere: the shared TextMate grammar
// and (with --require-jar, for packaging) the language server, generator/cli/target/cxspec.jar.
'use strict';
const fs = require('fs');
const path = require('path');

const here = path.resolve(__dirname, '..');
const root = path.resolve(here, '..', '..');
fs.mkdirSync(path.join(here, 'syntaxes'), { recursive: true });
fs.copyFileSync(path.join(root, 'editors', 'textmate', 'cxspec.tmLanguage.json'), path.join(here, 'syntaxes', 'cxspec.tmLanguage.json'));

const jar = path.join(root, 'generator', 'cli', 'target', 'cxspec.jar');
if (fs.existsSync(jar)) {
  fs.mkdirSync(path.join(here, 'server'), { recursive: true });
  fs.copyFileSync(jar, path.join(here, 'server', 'cxspec.jar'));
} else if (process.argv.includes('--require-jar')) {
  console.error(`No language server to bundle: ${jar} is missing. Build it first: ./mvnw -B -q package -DskipTests (or run ./cxspec once) at the repository root.`);
  process.exit(1);
}
