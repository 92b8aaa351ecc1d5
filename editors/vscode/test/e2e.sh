#!/usr/bin/env bash
# The VS Code extension in a real VS Code: packages cxspec.vsix, installs it into code-server
# (VS Code 1.139 in the browser), opens a copy of examples/insurer-claims and drives it with
# Debian's Chromium through test/e2e.test.js (puppeteer-core).
#   editors/vscode/test/e2e.sh [SCREENSHOT_DIR]
# CXSPEC_SERVER_JAR=FILE runs that cxspec.jar through the "cxspec.server.jar" setting instead of
# the bundled one (to try a server from another branch).
# Skips, saying so, when code-server or Chromium is missing: .ci/setup-code-server.sh installs
# code-server (or set CXSPEC_CODE_SERVER to a code-server launcher). Exit 0 passed or skipped,
# 1 a step failed, 2 the suite could not run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$(cd "$here/../.." && pwd)"
screenshots="${1:-}"

if [ -n "${CXSPEC_CODE_SERVER:-}" ]; then
  # Asked for explicitly (as .ci/run does): a missing launcher is an error, not a skip.
  [ -x "$CXSPEC_CODE_SERVER" ] || { echo "e2e: CXSPEC_CODE_SERVER=$CXSPEC_CODE_SERVER is not an executable code-server" >&2; exit 2; }
  code_server="$CXSPEC_CODE_SERVER"
else
  code_server="${CXSPEC_TOOLS:-$HOME/.cache/cxspec-tools}/code-server-4.139.1/bin/code-server"
  [ -x "$code_server" ] || code_server="$(command -v code-server || true)"
fi
if [ -z "$code_server" ]; then
  echo "VS Code end-to-end suite SKIPPED: code-server is not installed (install it with .ci/setup-code-server.sh, a few minutes, or set CXSPEC_CODE_SERVER to a code-server launcher)."
  exit 0
fi
chromium="${CXSPEC_CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$chromium" ]; then
  echo "VS Code end-to-end suite SKIPPED: Chromium is not installed (apt-get install -y chromium)."
  exit 0
fi
command -v npm >/dev/null || { echo "VS Code end-to-end suite: npm is needed" >&2; exit 2; }

if [ ! -f "$root/generator/cli/target/cxspec.jar" ]; then
  echo "e2e: building the language server (generator/cli/target/cxspec.jar)"
  (cd "$root" && ./mvnw -B -q -pl generator/cli -am package -DskipTests)
fi
cd "$here"
if [ ! -d node_modules/puppeteer-core ] || [ ! -d node_modules/@vscode/vsce ]; then
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent package >/dev/null

scratch="$(mktemp -d "${TMPDIR:-/tmp}/cxspec-vscode-e2e.XXXXXX")"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill -- "-$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM   # a killed suite still stops code-server and removes its scratch folder

mkdir -p "$scratch/user/User" "$scratch/extensions"
cp -r "$root/examples/insurer-claims" "$scratch/workspace"
# A quiet workbench: no welcome page, tips, chat or auto-save; files edited by a rename are saved by "Save All".
cat >"$scratch/user/User/settings.json" <<'SETTINGS'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "chat.disableAIFeatures": true,
  "chat.commandCenter.enabled": false,
  "security.workspace.trust.enabled": false,
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "telemetry.telemetryLevel": "off",
  "files.autoSave": "off",
  "editor.quickSuggestions": { "other": false, "comments": false, "strings": false },
  "editor.wordBasedSuggestions": "off",
  "update.mode": "none",
  "cxspec.trace.server": "verbose"
}
SETTINGS
if [ -n "${CXSPEC_SERVER_JAR:-}" ]; then
  jar="$(readlink -f "$CXSPEC_SERVER_JAR")"
  [ -f "$jar" ] || { echo "e2e: CXSPEC_SERVER_JAR=$CXSPEC_SERVER_JAR is not a file" >&2; exit 2; }
  sed -i "s|^}\$|  ,\"cxspec.server.jar\": \"$jar\"\n}|" "$scratch/user/User/settings.json"
fi
: >"$scratch/config.yaml"
"$code_server" --config "$scratch/config.yaml" --user-data-dir "$scratch/user" --extensions-dir "$scratch/extensions" \
  --install-extension "$here/cxspec.vsix" >"$scratch/install.log" 2>&1 \
  || { cat "$scratch/install.log"; echo "e2e: installing cxspec.vsix into code-server failed" >&2; exit 2; }

port=""
for candidate in $(seq 18400 18499); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
    port="$candidate"
    break
  fi
done
[ -n "$port" ] || { echo "e2e: no free port in 18400-18499" >&2; exit 2; }

# Its own process group, so that cleanup stops code-server with everything it started (the server's JVM too).
setsid "$code_server" --config "$scratch/config.yaml" --auth none --bind-addr "127.0.0.1:$port" \
  --disable-telemetry --disable-update-check --disable-workspace-trust \
  --user-data-dir "$scratch/user" --extensions-dir "$scratch/extensions" "$scratch/workspace" \
  >"$scratch/code-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$scratch/code-server.log"; echo "e2e: code-server did not start" >&2; exit 2; }
  sleep 0.5
done

[ -n "$screenshots" ] && mkdir -p "$screenshots"
status=0
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
CXSPEC_URL="http://127.0.0.1:$port/?folder=$scratch/workspace" CXSPEC_WORKSPACE="$scratch/workspace" \
  CXSPEC_SCREENSHOTS="$screenshots" CXSPEC_CHROMIUM="$chromium" CXSPEC_JAVA_HOME="$java_home" \
  node "$here/test/e2e.test.js" || status=$?
if [ "$status" != 0 ]; then
  echo "--- the language server's errors (cxspec output channel) ---"
  find "$scratch/user/logs" -name '*cxspec*.log' -exec grep -h -E 'Exception|Error|SEVERE' {} + 2>/dev/null | sort | uniq -c | sort -rn | head -n 20 || true
  # What the server was told and answered, one line per message (test/trace-digest.js), for each server started.
  for log in $(find "$scratch/user/logs" -name '*cxspec*.log' -size +0 2>/dev/null | sort); do
    echo "--- the messages of $(basename "$log") (the last 150) ---"
    node "$here/test/trace-digest.js" "$log" | tail -n 150 || true
  done
  [ "$status" = 1 ] || status=2
fi
# The server's trace beside the screenshots, passed or failed: what was sent and published, in order.
[ -n "$screenshots" ] && find "$scratch/user/logs" -name '*cxspec*.log' -exec cp {} "$screenshots/" \; 2>/dev/null
exit "$status"
