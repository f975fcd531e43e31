#!/usr/bin/env bash
# Builds in release mode and runs the benchmarks in bench/, printing their figures.
#   scripts/bench.sh                      every benchmark
#   scripts/bench.sh print [ARGS...]      one of plan, storage, scheduling, print, calendar, with its arguments
set -euo pipefail
NEEDLEPOINT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$NEEDLEPOINT_ROOT/scripts/common.sh"
cd "$NEEDLEPOINT_ROOT"
benches=(plan storage scheduling print calendar)
if [ $# -gt 0 ] && [[ " ${benches[*]} " == *" $1 "* ]]; then
  benches=("$1")
  shift
fi
ensure_packages
configure_and_build build-release -DCMAKE_BUILD_TYPE=Release
for bench in "${benches[@]}"; do
  echo "== ${bench}_bench"
  "build-release/bench/${bench}_bench" "$@"
done
