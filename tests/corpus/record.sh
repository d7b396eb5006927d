#!/bin/sh
# Record the golden output of the corpus with Node 20.
#
#   tests/corpus/record.sh            # (re)record every *.js in this folder
#   tests/corpus/record.sh a.js b.js  # (re)record only these scripts
#
# For every NAME.js it writes NAME.out (stdout of `node NAME.js`, byte for
# byte) and NAME.code (node's exit code followed by a newline).  Stderr is
# discarded: it is never compared.  Set NODE=/path/to/node to pick a binary.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
NODE=${NODE:-node}

if ! version=$("$NODE" --version 2>/dev/null); then
    echo "record.sh: '$NODE' not found; Node 20 is required" >&2
    exit 2
fi
case "$version" in
    v20.*) ;;
    *) echo "record.sh: Node 20 is required, '$NODE' is $version" >&2
       exit 2 ;;
esac

# Keep the environment from changing node's behaviour.
unset NODE_OPTIONS NODE_PATH NODE_DEBUG NODE_V8_COVERAGE NODE_DISABLE_COLORS FORCE_COLOR NO_COLOR || true

cd "$here"
if [ $# -eq 0 ]; then
    set -- *.js
fi

count=0
for arg in "$@"; do
    script=$(basename "$arg")
    case "$script" in
        *.js) ;;
        *) script="$script.js" ;;
    esac
    if [ ! -f "$script" ]; then
        echo "record.sh: no such script: $script" >&2
        exit 2
    fi
    name=${script%.js}
    set +e
    "$NODE" "$script" > "$name.out" 2>/dev/null < /dev/null
    code=$?
    set -e
    echo "$code" > "$name.code"
    count=$((count + 1))
done
echo "record.sh: recorded $count script(s) with node $version"
