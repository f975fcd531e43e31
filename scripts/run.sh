#!/usr/bin/env bash
# Installs what is missing, builds, and runs Needlepoint. Until the desktop app lands this plans
# the sample series in resources/examples/ with needlepoint-cli and prints the plan.
set -euo pipefail
NEEDLEPOINT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$NEEDLEPOINT_ROOT/scripts/common.sh"
cd "$NEEDLEPOINT_ROOT"

ensure_packages
configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
# The sample's dates were written for 2026-11-22: pin the clock so the sample stays plannable.
exec build/src/cli/needlepoint-cli --today 2026-11-22 plan resources/examples/plan-series.json "$@"
