#!/bin/sh
# Differential testing of the browser profile against headless Chromium.
#
#   tests/difftest/run-diff-browser.sh CLI FIRST LAST OUT [RUNS]
#
# Generates the scripts of seeds FIRST..LAST with gen-browser.mjs into
# OUT/batch-FIRST-LAST, records them with the corpus harness (RUNS runs,
# default 3: only the scripts Chromium printed identically every time get a
# .out), runs `CLI --host=browser` on each recorded one and keeps each
# divergence in OUT as SEED.js, SEED.expected (Chromium) and SEED.got.
# The last line says how many agreed, diverged and were unstable.
set -u
cli=$(realpath "$1") first=$2 last=$3 out=$4 runs=${5:-3}
here=$(dirname "$(realpath "$0")")
harness="$here/../corpus-browser/harness"
batch="$out/batch-$first-$last"
mkdir -p "$batch"
batch=$(realpath "$batch")

seed=$first
while [ "$seed" -le "$last" ]; do
  node "$here/gen-browser.mjs" "$seed" > "$batch/$seed.js"
  seed=$((seed + 1))
done

# Scripts end within ~600 ms: a settle of 700 ms is ample.  One page at a time:
# a second page can be in the background, where Chromium draws no frames.
nice node "$harness/record.mjs" --dir "$batch" --runs "$runs" --settle 700 --jobs 1 \
  > "$batch/record.log" 2> "$batch/record.err"

agreed=0 diverged=0 unstable=0
for js in "$batch"/*.js; do
  seed=$(basename "$js" .js)
  if [ ! -f "$batch/$seed.out" ]; then
    unstable=$((unstable + 1))
    continue
  fi
  (cd "$batch" && timeout 10 "$cli" --host=browser "$seed.js" > "$seed.got" 2> /dev/null)
  if cmp -s "$batch/$seed.out" "$batch/$seed.got"; then
    agreed=$((agreed + 1))
  else
    diverged=$((diverged + 1))
    cp "$js" "$out/$seed.js"
    cp "$batch/$seed.out" "$out/$seed.expected"
    cp "$batch/$seed.got" "$out/$seed.got"
    echo "diverged $seed"
  fi
done
echo "$agreed agreed, $diverged diverged, $unstable unstable (not judged)"
