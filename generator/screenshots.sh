#!/usr/bin/env bash
# Renders the shipped examples and takes screenshots of index.html, a playbook, a checklist and
# a journey map with headless Chromium, to look at what staff will see, and prints every checklist
# to PDF to check it fits one A4 page. PNGs and PDFs are not committed.
#   generator/screenshots.sh [OUT]        (default OUT: target/screenshots)
# Needs Chromium: apt-get update && apt-get install -y chromium
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/target/screenshots}"
site="$out/site"
mkdir -p "$out"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  echo "screenshots: Chromium is needed (apt-get install -y chromium)" >&2
  exit 2
fi

"$root/cxspec" generate --each --out "$site" "$root/examples"
"$root/cxspec" generate --lang nl --out "$site-nl" "$root/examples/energie-cocreatie"

shot() { # shot NAME FILE WIDTH HEIGHT
  local profile
  profile="$(mktemp -d)"
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --screenshot="$out/$1.png" \
    --window-size="$3,$4" "file://$2" >/dev/null 2>&1
  rm -rf "$profile"
  echo "$out/$1.png"
}

shot all-specs "$site/index.html" 1280 900
shot index "$site/insurer-claims/index.html" 1280 1600
shot playbook "$site/insurer-claims/playbooks/ClaimsAgent.html" 1280 1600
shot checklist "$site/insurer-claims/checklists/FirstNotification.html" 900 1270
shot journey "$site/sports-engagement/journeys/RunningLife.svg" 1400 1000
shot report "$site/sports-engagement/report.html" 1280 1600
shot playbook-nl "$site-nl/playbooks/$(basename "$(ls "$site-nl/playbooks/"*.html | head -1)")" 1280 1600

# Every checklist must print on one A4 sheet: print each to PDF and count its pages.
over=0
for checklist in "$site"/*/checklists/*.html; do
  profile="$(mktemp -d)"
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --no-pdf-header-footer \
    --user-data-dir="$profile" --print-to-pdf="$out/checklist.pdf" "file://$checklist" >/dev/null 2>&1
  rm -rf "$profile"
  pages="$(strings "$out/checklist.pdf" | grep -c '/Type /Page$\|/Type /Page[^s]' || true)"
  if [ "$pages" != "1" ]; then
    echo "checklist on $pages pages: $checklist"
    over=$((over + 1))
  fi
done
echo "checklists printed: $over over one A4 page"
