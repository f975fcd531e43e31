#!/usr/bin/env bash
# Builds in release mode and runs the benchmarks in bench/, printing their figures.
set -euo pipefail
NEEDLEPOINT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$NEEDLEPOINT_ROOT/scripts/common.sh"
cd "$NEEDLEPOINT_ROOT"
ensure_packages
configure_and_build build-release -DCMAKE_BUILD_TYPE=Release
build-release/bench/plan_bench "$@"
