#!/usr/bin/env bash
# Speed of cxspec studio in Debian's headless Chromium: from a keystroke to the diagnostics shown
# and to the preview shown, for the largest example and a 10k-line spec (figures in README.md).
# A benchmark, not a test: it prints figures and asserts nothing about time. The studio runs in
# the test's JVM with the collector and young generation the `cxspec` launcher gives it (serial,
# 400 MB) and the full JIT.
#   generator/studio/benchmark.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -B -pl generator/studio -am verify -Dtest=StudioSpeedBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcxspec.benchmark=true "-DargLine=-XX:+UseSerialGC -Xmn400m" | grep -E "keystroke to|Tests run:|FAIL" | grep -v "Tests run: 0"
