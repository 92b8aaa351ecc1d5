#!/usr/bin/env bash
# Installs the cxspec feature from the built update site zip the way Help > Install New Software >
# Add > Archive does: p2's director application, running inside an Eclipse that p2 itself
# installed (org.cxspec.eclipse.ide: an Eclipse IDE from Maven Central, with a p2 profile), adds
# jar:file:<site zip>!/ as a repository and installs the feature into that Eclipse's own profile.
# Then it checks what a user would find: p2 lists the feature as installed, the plug-in (with the
# server jar inside) is among the bundles the Eclipse starts, and the other Eclipse is untouched.
#   editors/eclipse/install-check.sh [REPOSITORY_URL...]
# Extra repositories are offered alongside the zip (for example a local p2 repository holding LSP4E
# and TM4E: the feature asks for them, so p2 then installs them too). Without network the site's
# references to LSP4E's and TM4E's release repositories are not followed (as when a user unticks
# "Contact all update sites"): the feature installs without them.
# Needs a JDK 21+ (JAVA_HOME) and the Tycho build of editors/eclipse (verify.sh runs both).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
java="${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}/bin/java"
fail() { echo "install-check: FAILED: $*" >&2; exit 1; }

site=$(ls org.cxspec.eclipse.site/target/org.cxspec.eclipse.site-*.zip 2>/dev/null | head -1)
product=org.cxspec.eclipse.ide/target/products/org.cxspec.eclipse.ide/linux/gtk/x86_64/eclipse
[ -f "$site" ] && [ -d "$product" ] || fail "build editors/eclipse first (the site zip and the product are missing)"

# a copy, so that the built product stays as p2 made it
work=$PWD/org.cxspec.eclipse.ide/target/install-check
rm -rf "$work" && mkdir -p "$work" && cp -r "$product" "$work/"
eclipse=$work/eclipse
launcher=$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar)
director() {
  "$java" -jar "$launcher" -nosplash -data "$work/workspace" -application org.eclipse.equinox.p2.director "$@"
}

repositories="jar:file:$PWD/$site!/"
for extra in "$@"; do repositories="$repositories,$extra"; done
echo "install-check: installing org.cxspec.eclipse.feature from $repositories into $eclipse"
director -repository "$repositories" -installIU org.cxspec.eclipse.feature.feature.group 2>&1 | tee "$work/install.log" \
  || fail "p2 could not install the feature (see $work/install.log)"

roots=$(director -listInstalledRoots 2>&1)
echo "$roots" > "$work/installed-roots.txt"
grep -q '^org.cxspec.eclipse.feature.feature.group/' <<<"$roots" || fail "p2 does not list the feature as installed: $roots"
grep -q '^org.cxspec.eclipse.ide/' <<<"$roots" || fail "the Eclipse product is no longer installed: $roots"
bundles=$eclipse/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
grep -q '^org.cxspec.eclipse,' "$bundles" || fail "org.cxspec.eclipse is not among the bundles Eclipse starts ($bundles)"
plugin=$(ls "$eclipse"/plugins/org.cxspec.eclipse_*.jar 2>/dev/null | head -1)
[ -n "$plugin" ] || fail "the plug-in jar is missing from $eclipse/plugins"
unzip -l "$plugin" generated/server/cxspec.jar >/dev/null || fail "the installed plug-in does not carry the language server"
for bundle in org.eclipse.lsp4j org.eclipse.lsp4j.jsonrpc com.google.gson; do
  grep -q "^$bundle," "$bundles" || fail "$bundle (which the plug-in imports) was not installed"
done
if grep -q '^org.eclipse.lsp4e,' "$bundles"; then
  echo "install-check: LSP4E installed along with the feature"
else
  echo "install-check: LSP4E not offered by these repositories: the feature installed without it"
fi
echo "install-check: the cxspec feature installed into $eclipse (p2 profile SDKProfile)"
