#!/usr/bin/env bash
# What the Eclipse editor's build and UI test need besides Maven: Xvfb (a display), GTK 3 (SWT),
# ImageMagick (screenshots). Idempotent: quick when all is installed. The JDK 21+ it needs is
# looked for by editors/eclipse/verify.sh (JAVA_HOME, CXSPEC_ECLIPSE_JAVA_HOME, /usr/lib/jvm/*).
set -euo pipefail
missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb)
/sbin/ldconfig -p | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
command -v import >/dev/null || missing+=(imagemagick)
if [ ${#missing[@]} -gt 0 ]; then
  flock /tmp/apt.lock apt-get update -qq
  DEBIAN_FRONTEND=noninteractive flock /tmp/apt.lock apt-get install -y -qq "${missing[@]}"
fi
