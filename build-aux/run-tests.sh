#!/usr/bin/env bash
# Sets up everything and runs the whole test suite: engine, corpus, data
# validators and the UI tests (under Xvfb when there is no display).
# Ends with one line "N passed, N failed"; exits non-zero on any failure.
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

python3 build-aux/count-results.py "$builddir/meson-logs/testlog.json"
exit $status
