#!/usr/bin/env bash
# Builds the Debian package from BUILD_DIR (default: build, already built), checks it with lintian,
# appstreamcli and desktop-file-validate, installs it with dpkg into a scratch root and runs both
# programs from the installed paths (needlepoint-cli on the installed catalogue and templates, the
# app offscreen on a demo database until it has opened it), then removes it again.
set -euo pipefail
NEEDLEPOINT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-$NEEDLEPOINT_ROOT/build}" && pwd)

fail() { echo "package test: $*" >&2; exit 1; }

echo "== package (cpack -G DEB)"
rm -f "$build"/needlepoint_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/needlepoint_*.deb)
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

echo "== lintian"
lintian --tag-display-limit 0 --fail-on error "$deb"

echo "== dependencies resolve"
apt-get install --simulate --no-install-recommends "$deb" >/dev/null

# Installed by dpkg into a scratch root with a package database of its own (the dependencies are
# this machine's, checked above, so that database does not list them).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root=$scratch/root
mkdir -p "$root"/var/lib/dpkg/{info,updates,triggers}
touch "$root/var/lib/dpkg/status"
scratch_dpkg() { dpkg --root="$root" --force-script-chrootless --force-not-root "$@"; }
echo "== install into $root"
scratch_dpkg --force-depends -i "$deb" >/dev/null 2>&1 || fail "dpkg could not install $deb"
scratch_dpkg -s needlepoint | grep -q "Status: install ok installed" || fail "dpkg does not list needlepoint installed"

echo "== installed metadata"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.needlepoint.Needlepoint.metainfo.xml"
desktop-file-validate "$root/usr/share/applications/needlepoint.desktop"
for page in "$root"/usr/share/man/man1/*.1.gz; do
  warnings=$(zcat "$page" | groff -man -ww -z 2>&1)
  [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
done
for f in protocols/microneedling.json care/care-instructions.json translations/needlepoint_es.qm translations/needlepoint_en.qm \
  templates/post-care.en.html templates/post-care.es.html help/user-guide.md help/screenshots/en/today.png; do
  [ -s "$root/usr/share/needlepoint/$f" ] || fail "not installed: /usr/share/needlepoint/$f"
done

# Both programs keep their settings, logs and runtime files in the scratch folder.
export XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config XDG_RUNTIME_DIR=$scratch/runtime
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

echo "== needlepoint-cli from the installed paths"
cli=$root/usr/bin/needlepoint-cli
"$cli" --version
db=$scratch/clinic.db
"$cli" --database "$db" init >/dev/null
"$cli" --database "$db" --today 2026-12-07 demo --patients 20 --seed 1 >/dev/null
"$cli" protocols --check "$root/usr/share/needlepoint/protocols/microneedling.json" >/dev/null
"$cli" --database "$db" --today 2026-12-07 print day-sheet --date 2026-12-07 \
  --templates "$root/usr/share/needlepoint/templates" --out "$scratch/day-sheet.pdf" >/dev/null
[ -s "$scratch/day-sheet.pdf" ] || fail "no day sheet printed from the installed templates"

echo "== needlepoint (offscreen) from the installed paths"
app=$root/usr/bin/needlepoint
"$app" --version
export QT_QPA_PLATFORM=offscreen
"$app" "$db" &
pid=$!
# The log says so once the window is up on the database (spdlog flushes it every 5 s).
opened=""
for _ in $(seq 1 120); do
  kill -0 "$pid" 2>/dev/null || { wait "$pid" || true; fail "the app ended before it opened $db"; }
  if grep -qs "Opened database $db" "$XDG_DATA_HOME"/Needlepoint/Needlepoint/logs/*; then opened=yes; break; fi
  sleep 0.5
done
kill "$pid"
wait "$pid" || true
[ -n "$opened" ] || fail "the app did not open $db within 60 s"
echo "the installed app opened $db"

echo "== removal leaves nothing behind"
scratch_dpkg -r needlepoint >/dev/null
left=$(find "$root" -mindepth 1 -maxdepth 1 ! -name var)
[ -z "$left" ] || fail "left after removal: $(find "$root" -path "$root/var" -prune -o -print | head -5)"
echo "package test passed"
