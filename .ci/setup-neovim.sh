#!/usr/bin/env bash
# Installs Debian's Neovim for the language server's end-to-end suite (NeovimClientTest).
# Idempotent: does nothing when nvim is already there.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-neovim: no apt-get here; install Neovim 0.7 or newer yourself to run the Neovim suite" >&2
  exit 0
fi
flock /tmp/apt.lock apt-get install -y --no-install-recommends neovim >/dev/null \
  || { flock /tmp/apt.lock apt-get update -qq >/dev/null && flock /tmp/apt.lock apt-get install -y --no-install-recommends neovim >/dev/null; }
nvim --version | head -1
