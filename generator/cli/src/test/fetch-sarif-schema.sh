#!/usr/bin/env bash
# Puts the official SARIF 2.1.0 JSON schema into $1, for the SARIF output test. It comes from
# the npm registry (package @microsoft/jest-sarif ships it), once; later builds reuse it.
set -euo pipefail
dest="$1"
schema="$dest/sarif-schema-2.1.0.json"
[ -s "$schema" ] && exit 0
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-sarif-schema: npm is needed to fetch the SARIF schema for the tests (apt-get install npm)" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @microsoft/jest-sarif@1.0.0-beta.0 >/dev/null)
tar -xzf "$work"/microsoft-jest-sarif-*.tgz -C "$work" package/lib/schemas/sarif-2.1.0-rtm.5.json
mkdir -p "$dest"
mv "$work/package/lib/schemas/sarif-2.1.0-rtm.5.json" "$schema"
