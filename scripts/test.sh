#!/usr/bin/env bash
# Installs what is missing, checks formatting, builds, and runs every test: once in a normal
# build and once under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
NEEDLEPOINT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$NEEDLEPOINT_ROOT/scripts/common.sh"
cd "$NEEDLEPOINT_ROOT"

ensure_packages

echo "== clang-format"
git ls-files -- '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

echo "== test names"
# catch_discover_tests hands each name to CTest: a ';' splits it and a leading '-' reads as an
# option, and either way the test silently does not run.
if git grep -nE 'TEST_CASE\("(-|[^"]*;)' -- tests; then
  echo "test names must not contain ';' or start with '-'" >&2
  exit 1
fi

echo "== build"
configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
echo "== tests"
ctest --test-dir build --output-on-failure --parallel "$(nproc)"

echo "== Debian package: built, checked, installed into a scratch root and run from there"
"$NEEDLEPOINT_ROOT/scripts/package-test.sh" build

echo "== build (ASan + UBSan)"
configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DNEEDLEPOINT_SANITIZE=ON -DNEEDLEPOINT_BENCHMARKS=OFF
echo "== tests (ASan + UBSan)"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)"
