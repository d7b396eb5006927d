#!/bin/sh
# Record the browser golden corpus from Debian's headless Chromium.
#
#   tests/corpus-browser/harness/record.sh                 # every script, 5 runs each
#   tests/corpus-browser/harness/record.sh a.js b.js       # only these
#   tests/corpus-browser/harness/record.sh --check         # compare with the .out files
#   tests/corpus-browser/harness/record.sh --print a.js    # show, write nothing
#
# Options go to record.mjs (see its --help).  Installs what is missing first:
# Debian's chromium package (/usr/bin/chromium) with apt-get, and
# playwright-core from npm into harness/node_modules (npm ci, locked by
# package-lock.json).  Playwright never downloads a browser of its own here.
set -eu

here=$(cd "$(dirname "$0")" && pwd)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "record.sh: need root to run: $*" >&2
        exit 2
    fi
}

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
    echo "record.sh: installing Debian's chromium" >&2
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "record.sh: installing nodejs and npm" >&2
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
    echo "record.sh: node 20 or later is required, found $(node --version)" >&2
    exit 2
fi

if [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
    echo "record.sh: installing playwright-core (npm ci)" >&2
    (cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

export CHROMIUM
exec node "$here/record.mjs" "$@"
