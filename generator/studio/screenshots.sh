#!/usr/bin/env bash
# Screenshots of cxspec studio with the insurer example open, taken by the browser tests in
# Debian's headless Chromium (StudioBrowserTest, StudioEditorTest, StudioDutchTest): the "did you
# mean" error with its quick fix, the journey map after the fix, the saved state, a conflict with a
# change on disk, the page a client without the token gets, completion, hover on a name and on a
# finding, rename (refused and done), formatting, the outline, the file list, and the studio with
# --lang nl. Look at them. PNGs are not committed.
#   generator/studio/screenshots.sh [OUT]     (default OUT: generator/studio/target/screenshots)
# Needs: apt-get install -y chromium chromium-driver
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(realpath -m "${1:-$root/generator/studio/target/screenshots}")"
for tool in chromium chromedriver; do
  command -v "$tool" >/dev/null || { echo "screenshots: $tool is needed (apt-get install -y chromium chromium-driver)" >&2; exit 2; }
done
cd "$root"
./mvnw -B -q -pl generator/studio -am verify -Dtest='StudioBrowserTest,StudioEditorTest,StudioDutchTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcxspec.screenshots="$out" >/dev/null
ls "$out"/studio-*.png
