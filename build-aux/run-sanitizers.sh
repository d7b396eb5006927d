#!/usr/bin/env bash
# Builds the engine and the CLI with AddressSanitizer and UBSan in their own
# build directory, runs the engine test suite (unit tests, corpus, runaway
# scripts) there, then the corpus once more with the GC collecting at every
# safepoint (--gc-stress), which turns a value the GC cannot see into a
# use-after-free that ASan reports.
#
#   build-aux/run-sanitizers.sh            (BUILDDIR, default build-asan)
#
# Ends with one line per phase and the total time; exits non-zero when
# anything failed.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

builddir=${BUILDDIR:-build-asan}
start=$(date +%s)

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" -Dapp=false \
    -Db_sanitize=address,undefined -Db_lundef=false >/dev/null || exit 1
fi
meson compile -C "$builddir" >/dev/null || { meson compile -C "$builddir"; exit 1; }

export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

echo "== meson test --suite engine ($builddir)"
tests_status=0
meson test -C "$builddir" --suite engine --print-errorlogs --num-processes 2 \
  --timeout-multiplier 3 || tests_status=$?
python3 build-aux/count-results.py "$builddir/meson-logs/testlog.json"
tests_summary=$(python3 build-aux/count-results.py "$builddir/meson-logs/testlog.json")
tests_end=$(date +%s)

echo "== corpus with --gc-stress"
wrapper=$builddir/loop-bakery-run-gc-stress
cat >"$wrapper" <<EOF
#!/bin/sh
exec "$top/$builddir/src/cli/loop-bakery-run" --gc-stress "\$@"
EOF
chmod +x "$wrapper"
tap=$builddir/meson-logs/corpus-gc-stress.tap
python3 tests/corpus/run-corpus.py --cli "$wrapper" --dir tests/corpus \
  --known-failures tests/corpus/known-failures.txt --jobs 2 --timeout 120 >"$tap"
gc_failed=$(grep -c '^not ok' "$tap" | tr -d '\n')
gc_known=$(grep -c '^not ok.*# TODO' "$tap" | tr -d '\n')
gc_unexpected=$(grep -c '^ok.*# TODO' "$tap" | tr -d '\n')
gc_passed=$(grep -c '^ok' "$tap" | tr -d '\n')
gc_real=$((gc_failed - gc_known))
if [ "$gc_real" -gt 0 ]; then
  grep -A12 '^not ok' "$tap" | grep -v '# TODO' | head -200
fi
end=$(date +%s)

echo
echo "engine suite under ASan+UBSan: $tests_summary ($((tests_end - start)) s, exit $tests_status)"
echo "corpus under --gc-stress: $gc_passed passed, $gc_real failed, $gc_known known failures," \
     "$gc_unexpected unexpected passes ($((end - tests_end)) s; TAP in $tap)"
echo "total: $((end - start)) s"

[ "$tests_status" -eq 0 ] && [ "$gc_real" -eq 0 ]
