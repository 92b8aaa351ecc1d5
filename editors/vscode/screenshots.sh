#!/usr/bin/env bash
# Screenshots of the extension at work in a real VS Code (code-server + headless Chromium): the
# end-to-end suite (test/e2e.sh) run with a folder for its PNGs: the opened spec, a typo's
# diagnostic, hover with the rule explanation, the quick-fix menu, completion, the renamed spec,
# files changed on disk. PNGs are not committed.
#   editors/vscode/screenshots.sh [OUT]        (default OUT: editors/vscode/target/screenshots)
# Needs code-server (.ci/setup-code-server.sh) and Chromium (apt-get install -y chromium).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(mkdir -p "${1:-$here/target/screenshots}" && cd "${1:-$here/target/screenshots}" && pwd)"
rm -f "$out"/*.png
status=0
"$here/test/e2e.sh" "$out" || status=$?
ls "$out"/*.png 2>/dev/null || echo "screenshots: none written (see above)"
exit "$status"
