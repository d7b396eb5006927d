#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in their own build
# directory and runs the meson `fuzz` suite: every target replays its saved
# crashes (tests/fuzz/regressions), then fuzzes for LOOP_BAKERY_FUZZ_SECONDS
# (default 40) and fails on any crash, leak, sanitizer report or timeout.
#
# clang and its runtimes (libFuzzer, the sanitizers) are installed when
# missing.  When that is impossible the suite is skipped: the script writes
# a testlog with one skipped test and the reason, so that the summary line
# of run-tests.sh counts it, and succeeds.
#
# BUILDDIR (default build-fuzz) is the build directory; its testlog is
# BUILDDIR/meson-logs/testlog.json either way.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
. build-aux/ensure-deps.sh

builddir=${BUILDDIR:-build-fuzz}
start=$(date +%s)

skip () {
  mkdir -p "$builddir/meson-logs"
  REASON=$1 python3 -c 'import json, os; print(json.dumps({"name": "fuzz", "result": "SKIP", "duration": 0, "stdout": "1..0 # SKIP " + os.environ["REASON"]}))' \
    >"$builddir/meson-logs/testlog.json"
  echo "fuzz suite: skipped: $1"
  exit 0
}

if ! (ensure_deps "${loop_bakery_fuzz_packages[@]}") >&2; then
  skip "clang and libFuzzer could not be installed (${loop_bakery_fuzz_packages[*]})"
fi
probe=$(mktemp -d)
printf 'int LLVMFuzzerTestOneInput (const char *d, unsigned long n) { return 0; }\n' >"$probe/probe.c"
if ! clang -fsanitize=fuzzer,address,undefined -o "$probe/probe" "$probe/probe.c" >"$probe/log" 2>&1; then
  cat "$probe/log" >&2
  rm -rf "$probe"
  skip "clang cannot build a libFuzzer program"
fi
rm -rf "$probe"

if pkg-config --exists gtk4 libadwaita-1 gtksourceview-5 2>/dev/null; then
  app=true
else
  app=false
fi
if [ ! -f "$builddir/build.ninja" ]; then
  CC=clang meson setup "$builddir" -Dfuzzing=true -Dapp=$app \
    -Db_sanitize=address,undefined -Db_lundef=false \
    --buildtype=debugoptimized >/dev/null || exit 1
fi
# Only the fuzz targets: the rest of this build is never run.
targets=(tests/fuzz/fuzz-engine tests/fuzz/fuzz-engine-browser tests/fuzz/fuzz-parser)
if [ "$app" = true ]; then
  targets+=(tests/fuzz/fuzz-deck-csv tests/fuzz/fuzz-deck-json tests/fuzz/fuzz-progress)
fi
ninja -C "$builddir" "${targets[@]}" >/dev/null || { ninja -C "$builddir" "${targets[@]}"; exit 1; }
built=$(date +%s)

echo "== meson test --suite fuzz ($builddir, ${LOOP_BAKERY_FUZZ_SECONDS:-40} s per target)"
status=0
meson test -C "$builddir" --suite fuzz --no-rebuild --print-errorlogs --num-processes 2 || status=$?
end=$(date +%s)
echo "fuzz suite: build $((built - start)) s, fuzzing $((end - built)) s, exit $status"
exit $status
