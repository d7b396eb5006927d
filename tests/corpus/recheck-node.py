#!/usr/bin/env python3
"""Check that the committed recordings still match Node 20 (TAP version 13).

    recheck-node.py --dir DIR [--node PATH] [--jobs N] [NAME ...]

Re-runs `node NAME.js` for every script of the corpus and compares stdout
and exit code with the committed NAME.out / NAME.code, exactly like
run-corpus.py does for loop-bakery-run.  When no Node 20 is found the
whole test is skipped with `1..0 # SKIP node 20 not found`.
"""

import importlib.util
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the source tree clean


def find_node(argv):
    node = os.environ.get("NODE") or "node"
    if "--node" in argv:
        i = argv.index("--node")
        node = argv[i + 1]
        del argv[i:i + 2]
    path = node if os.sep in node else shutil.which(node)
    if not path:
        return None
    try:
        version = subprocess.run([path, "--version"], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    return path if version.startswith(b"v20.") else None


def main():
    argv = sys.argv[1:]
    node = find_node(argv)
    if node is None:
        print("TAP version 13")
        print("1..0 # SKIP node 20 not found")
        return 0
    spec = importlib.util.spec_from_file_location("run_corpus",
                                                  os.path.join(HERE, "run-corpus.py"))
    run_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run_corpus)
    for var in ("NODE_OPTIONS", "NODE_PATH", "NODE_DEBUG", "FORCE_COLOR", "NO_COLOR",
                "NODE_DISABLE_COLORS", "NODE_V8_COVERAGE"):
        os.environ.pop(var, None)
    return run_corpus.main(argv, cli_override=node,
                           description="Re-check the corpus recordings against Node 20")


if __name__ == "__main__":
    sys.exit(main())
