#!/usr/bin/env bash
# Sets up everything and launches Loop Bakery from the build tree.
# Usage: build-aux/run-app.sh [FILE.js] [--view=bakery|study|selftest] [--present]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
. build-aux/ensure-deps.sh
ensure_deps

builddir=${BUILDDIR:-build}
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir"
fi
meson compile -C "$builddir"

# Run uninstalled: settings schemas from the build tree.
export GSETTINGS_SCHEMA_DIR="$top/$builddir/data"
exec "$builddir/src/app/loop-bakery" "$@"
