#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) in their own build
# directory and runs each for DURATION seconds.  Fails on any crash, leak,
# sanitizer report or timeout.
#
#   tests/fuzz/run-fuzzers.sh DURATION [TARGET…]
#
# BUILDDIR (default build-fuzz) is the build directory.  New corpus entries
# go to BUILDDIR/fuzz-corpus/TARGET (the seeds in the source tree are only
# read); an input that crashes is saved to tests/fuzz/regressions/TARGET-*
# so that it can be replayed here on every later run.  The application's
# loaders (fuzz-deck-csv, fuzz-deck-json, fuzz-progress) are built when
# GTK 4 is available to configure the app.
#
# KEEP_GOING=1 runs libFuzzer in fork mode and goes on after a crash,
# timeout or out-of-memory, to collect several different crashes in one
# long run (every one is saved and the script still fails).
set -eu

if [ $# -lt 1 ]; then
  echo "usage: $0 DURATION [TARGET...]" >&2
  exit 2
fi
duration=$1
shift

here=$(cd "$(dirname "$0")" && pwd)
srcdir=$(cd "$here/../.." && pwd)
builddir=${BUILDDIR:-build-fuzz}
regressions=$here/regressions

if pkg-config --exists gtk4 libadwaita-1 gtksourceview-5 2>/dev/null; then
  app=true
else
  app=false
fi

if [ ! -f "$builddir/build.ninja" ]; then
  CC=clang meson setup "$builddir" "$srcdir" \
    -Dfuzzing=true -Dapp=$app \
    -Db_sanitize=address,undefined -Db_lundef=false \
    --buildtype=debugoptimized >/dev/null
fi
builddir=$(cd "$builddir" && pwd)

if [ $# -gt 0 ]; then
  targets=$*
else
  targets="fuzz-engine fuzz-engine-browser fuzz-parser"
  if [ "$app" = true ]; then
    targets="$targets fuzz-deck-csv fuzz-deck-json fuzz-progress"
  fi
fi
# shellcheck disable=SC2086
ninja -C "$builddir" $(for t in $targets; do printf 'tests/fuzz/%s ' "$t"; done) >/dev/null

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
for target in $targets; do
  binary=$builddir/tests/fuzz/$target
  corpus=$builddir/fuzz-corpus/$target
  artifacts=$builddir/fuzz-artifacts/$target
  log=$builddir/fuzz-logs/$target.log
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  rm -f "$artifacts"/*

  case $target in
    fuzz-engine|fuzz-parser) seed_files="$srcdir/tests/corpus/*.js $here/seeds/js/*.js"; dict="-dict=$here/js.dict" ;;
    fuzz-engine-browser) seed_files="$srcdir/tests/corpus-browser/*.js $here/seeds/js-browser/*.js"; dict="-dict=$here/js.dict" ;;
    fuzz-deck-csv) seed_files="$here/seeds/deck-csv/*"; dict= ;;
    fuzz-deck-json) seed_files="$here/seeds/deck-json/*"; dict= ;;
    fuzz-progress) seed_files="$here/seeds/progress/*"; dict= ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
  esac
  # The seeds alone, copied: libFuzzer reads directories recursively, and
  # tests/corpus-browser/harness holds the recording harness's packages.
  seeds=$builddir/fuzz-seeds/$target
  rm -rf "$seeds"
  mkdir -p "$seeds"
  # shellcheck disable=SC2086
  cp $seed_files "$seeds"/

  # Earlier crashes first: each must now run cleanly.
  for input in "$regressions/$target"-*; do
    [ -f "$input" ] || continue
    if "$binary" "$input" >"$log.regression" 2>&1; then
      echo "$target: regression $(basename "$input"): ok"
    else
      echo "$target: regression $(basename "$input"): FAILS (log: $log.regression)"
      status=1
    fi
  done

  keep_going=
  if [ "${KEEP_GOING:-0}" = 1 ]; then
    keep_going="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
  fi

  echo "$target: fuzzing for ${duration}s"
  # shellcheck disable=SC2086
  # (in the log directory: fork mode writes its children's logs to the
  # working directory)
  if (cd "$(dirname "$log")" && "$binary" "$corpus" "$seeds" $dict $keep_going \
       -max_total_time="$duration" -timeout=25 -rss_limit_mb=2560 \
       -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1); then
    result=ok
  else
    result=FAILED
  fi
  # slow-unit-* files only say that an input took long on a busy machine.
  if ls "$artifacts" | grep -qv '^slow-unit-'; then
    result=FAILED
    for crash in "$artifacts"/*; do
      case $(basename "$crash") in slow-unit-*) continue ;; esac
      [ -f "$crash" ] || continue
      cp "$crash" "$regressions/$target-$(basename "$crash")"
      echo "$target: saved $regressions/$target-$(basename "$crash")"
    done
    grep -A30 '^==[0-9]*==ERROR\|runtime error\|^Bail out\|^GLib\|CRITICAL\|ERROR: libFuzzer' "$log" | head -60 || true
  fi
  status=$([ $result = ok ] && echo $status || echo 1)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  if [ -z "$execs" ]; then
    # Fork mode prints no final stats: the last status line has the count.
    execs=$(sed -n 's/^#\([0-9]*\):.*/\1/p' "$log" | tail -n 1)
  fi
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  echo "$target: $result, ${execs:-?} executions (${rate:-?}/s), corpus $(ls "$corpus" | wc -l) files, log $log"
done
exit $status
