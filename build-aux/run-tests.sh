#!/usr/bin/env bash
# Sets up everything and runs the whole test suite:
#  1. a normal build: engine, corpus, data validators and the UI tests
#     (under Xvfb when there is no display), with too-new API as errors;
#  2. the engine suite again under AddressSanitizer and UBSan, then the corpus
#     in GC-stress mode there (build-aux/run-sanitizers.sh, about a minute;
#     skip both with LOOP_BAKERY_SANITIZERS=0);
#  3. every libFuzzer target for a bounded time, with clang
#     (build-aux/run-fuzz-tests.sh; skip it with LOOP_BAKERY_FUZZ=0).
# Ends with one line "N passed, N failed" over all of them; exits non-zero on any
# failure.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
. build-aux/ensure-deps.sh
ensure_deps

builddir=${BUILDDIR:-build-tests}
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dwerror_deprecated=true
fi
meson compile -C "$builddir"

runner=()
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  runner=(xvfb-run -a -s '-screen 0 1280x1024x24')
fi

status=0
"${runner[@]}" meson test -C "$builddir" --print-errorlogs --num-processes 2 || status=$?
logs=("$builddir/meson-logs/testlog.json")

if [ "${LOOP_BAKERY_SANITIZERS:-1}" != 0 ]; then
  asandir=${ASAN_BUILDDIR:-build-asan}
  BUILDDIR=$asandir build-aux/run-sanitizers.sh tests gc-stress || status=$?
  if [ -f "$asandir/meson-logs/testlog.json" ]; then
    logs+=("$asandir/meson-logs/testlog.json")
  else
    echo "The sanitizer build did not run its tests." >&2
    status=1
  fi
fi

if [ "${LOOP_BAKERY_FUZZ:-1}" != 0 ]; then
  fuzzdir=${FUZZ_BUILDDIR:-build-fuzz}
  BUILDDIR=$fuzzdir build-aux/run-fuzz-tests.sh || status=$?
  if [ -f "$fuzzdir/meson-logs/testlog.json" ]; then
    logs+=("$fuzzdir/meson-logs/testlog.json")
  else
    echo "The fuzz build did not run its tests." >&2
    status=1
  fi
fi

python3 build-aux/count-results.py "${logs[@]}"
exit $status
