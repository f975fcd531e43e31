#!/usr/bin/env bash
# Installs what is missing, builds, and starts the Needlepoint desktop app on the default database
# (or the one chosen in Settings). For people at a screen: CI runs scripts/test.sh, offscreen.
set -euo pipefail
NEEDLEPOINT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$NEEDLEPOINT_ROOT/scripts/common.sh"
cd "$NEEDLEPOINT_ROOT"

ensure_packages
configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
exec build/src/app/needlepoint "$@"
