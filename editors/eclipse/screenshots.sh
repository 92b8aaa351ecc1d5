#!/usr/bin/env bash
# Starts the Eclipse workbench the UI test uses (assembled from Maven Central, with the cxspec
# bundle installed) under Xvfb, imports examples/insurer-claims as a project, opens two specs,
# the Problems view and Preferences > cxspec, and writes PNGs of the screen:
#   editors/eclipse/screenshots.sh [OUT_DIR]     (default: editors/eclipse/target/screenshots)
# Needs what editors/eclipse/verify.sh needs (JDK 21+, Xvfb, GTK 3) and ImageMagick's import.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root=$(cd ../.. && pwd)
out=$(mkdir -p "${1:-target/screenshots}" && cd "${1:-target/screenshots}" && pwd)
[ -f "$root/generator/cli/target/cxspec.jar" ] || (cd "$root" && ./mvnw -B -q package -DskipTests)
export CXSPEC_ECLIPSE=auto
jdk=""
for candidate in "${CXSPEC_ECLIPSE_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
  v=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  if [ -n "$v" ] && [ "$v" -ge 21 ]; then jdk=$candidate; break; fi
done
[ -n "$jdk" ] || { echo "screenshots.sh: needs a JDK 21 or newer (set CXSPEC_ECLIPSE_JAVA_HOME)" >&2; exit 2; }
command -v import >/dev/null || { echo "screenshots.sh: needs ImageMagick's import (.ci/setup-eclipse.sh installs it)" >&2; exit 2; }
JAVA_HOME=$jdk xvfb-run -a -s "-screen 0 2200x1100x24" "$root/mvnw" -B -q -f "$PWD/pom.xml" verify \
  -Dtest=WorkbenchScreenshots -Dcxspec.screenshots="$out"
ls -1 "$out"/*.png
