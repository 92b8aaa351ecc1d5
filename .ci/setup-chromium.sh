#!/usr/bin/env bash
# Debian's Chromium and chromedriver, for the browser tests of cxspec studio (skipped without them).
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
flock /tmp/apt.lock apt-get update -q
flock /tmp/apt.lock apt-get install -y chromium chromium-driver
