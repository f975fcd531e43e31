#!/usr/bin/env bash
# Saves the pictures of the user guide into docs/screenshots/<language>/: every main page and the
# key dialogs of the real app on a demo clinic, and the first page of every printed document, in
# English and Spanish. The app runs under Xvfb (a real X server, no screen needed); the clinic's
# day is pinned, so the pictures change only when the app does.
set -euo pipefail
NEEDLEPOINT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$NEEDLEPOINT_ROOT/scripts/common.sh"
cd "$NEEDLEPOINT_ROOT"

NEEDLEPOINT_PACKAGES+=(xvfb xauth fonts-dejavu-core)
ensure_packages
configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

for language in en es; do
  out=docs/screenshots/$language
  rm -rf "$out"
  echo "== $language -> $out"
  # A fixed screen and a fixed look: the pictures do not depend on the desktop they are made on.
  env -u QT_QPA_PLATFORM -u QT_STYLE_OVERRIDE LANG=C.UTF-8 \
    xvfb-run --auto-servernum --server-args="-screen 0 1600x1000x24 -dpi 96" \
    build/tests/app/needlepoint_screenshots --language "$language" --out "$out" --day 2026-12-08
done
