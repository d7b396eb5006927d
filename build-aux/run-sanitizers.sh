#!/usr/bin/env bash
# Builds the engine and the CLI with AddressSanitizer and UBSan in their own
# build directory, runs the engine test suite (unit tests, corpus, runaway
# scripts) there, then the corpus once more with the GC collecting at every
# safepoint that follows an allocation (--gc-stress, backing off in long
# runs: js_gc_next_threshold), which turns a value the GC cannot see into a
# use-after-free that ASan reports.
#
#   build-aux/run-sanitizers.sh [tests] [gc-stress]
#
# runs both phases by default, or only those named; BUILDDIR (default
# build-asan) is the build directory.
#
# Ends with one line per phase and the total time; exits non-zero when
# anything failed.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

builddir=${BUILDDIR:-build-asan}
phases=${*:-tests gc-stress}
start=$(date +%s)

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dapp=false \
    -Db_sanitize=address,undefined -Db_lundef=false >/dev/null || exit 1
fi
meson compile -C "$builddir" >/dev/null || { meson compile -C "$builddir"; exit 1; }
builddir=$(cd "$builddir" && pwd)

export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

tests_status=0
tests_summary="not run"
if [[ " $phases " == *" tests "* ]]; then
  echo "== meson test --suite engine ($builddir)"
  meson test -C "$builddir" --suite engine --print-errorlogs --num-processes 2 \
    --timeout-multiplier 3 || tests_status=$?
  tests_summary=$(python3 build-aux/count-results.py "$builddir/meson-logs/testlog.json" | tail -n 1)
fi
tests_end=$(date +%s)

gc_status=0
gc_summary="not run"
if [[ " $phases " == *" gc-stress "* ]]; then
  echo "== corpus with --gc-stress"
  wrapper=$builddir/loop-bakery-run-gc-stress
  cat >"$wrapper" <<EOF
#!/bin/sh
exec "$builddir/src/cli/loop-bakery-run" --gc-stress "\$@"
EOF
  chmod +x "$wrapper"
  tap=$builddir/meson-logs/corpus-gc-stress.tap
  # Only scripts with their recording: one still being written is the
  # plain corpus test's business, not this one's.
  names=()
  for script in tests/corpus/*.js; do
    name=$(basename "$script" .js)
    if [ -f "tests/corpus/$name.out" ] && [ -f "tests/corpus/$name.code" ]; then
      names+=("$name")
    fi
  done
  python3 tests/corpus/run-corpus.py --cli "$wrapper" --dir tests/corpus \
    --known-failures tests/corpus/known-failures.txt --jobs 2 --timeout 120 \
    "${names[@]}" >"$tap" || gc_status=$?
  gc_failed=$(grep -c '^not ok' "$tap" | tr -d '\n')
  gc_known=$(grep -c '^not ok.*# TODO' "$tap" | tr -d '\n')
  gc_unexpected=$(grep -c '^ok.*# TODO' "$tap" | tr -d '\n')
  gc_passed=$(grep -c '^ok' "$tap" | tr -d '\n')
  gc_real=$((gc_failed - gc_known))
  if [ "$gc_real" -gt 0 ]; then
    grep -A12 '^not ok' "$tap" | grep -v '# TODO' | head -200
  fi
  if [ "$gc_status" -ne 0 ] || ! grep -q '^1\.\.[0-9]' "$tap"; then
    gc_status=1
    gc_summary="the corpus runner failed (see above)"
  else
    gc_status=$([ "$gc_real" -eq 0 ] && echo 0 || echo 1)
    gc_summary="$gc_passed passed, $gc_real failed, $gc_known known failures, $gc_unexpected unexpected passes"
  fi
fi
end=$(date +%s)

echo
echo "engine suite under ASan+UBSan: $tests_summary ($((tests_end - start)) s, exit $tests_status)"
echo "corpus under --gc-stress and ASan+UBSan: $gc_summary ($((end - tests_end)) s)"
echo "total: $((end - start)) s"

[ "$tests_status" -eq 0 ] && [ "$gc_status" -eq 0 ]
