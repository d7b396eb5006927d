#!/usr/bin/env python3
"""Run the scenario library through the CLI against its recordings.

    run-scenarios.py --cli PATH [--host node|browser] [--known-failures FILE] [NAME ...]

The library's scripts live in data/content/scenarios/ and their recordings
here, in tests/scenarios/.  This wrapper lays both side by side in a
temporary folder (symbolic links) and hands it, unchanged, to the runner of
the matching golden corpus, so that the suites report in the same way (TAP
13, known failures as TODO):

* --host node (the default): the Node scenarios of
  data/content/scenarios.json against ID.out and ID.code recorded from Node,
  with tests/corpus/run-corpus.py;
* --host browser: the browser scenarios, run as `PATH --host=browser ID.js`,
  against ID.out recorded from headless Chromium, with
  tests/corpus-browser/run-browser-corpus.py.

A scenario without a recording is an error: record it with record.py.
"""

import argparse
import importlib.util
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the source tree clean
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CONTENT = os.path.join(ROOT, "data", "content")
RUNNERS = {
    # host: (the corpus runner, the recordings a scenario needs)
    "node": (os.path.join(ROOT, "tests", "corpus", "run-corpus.py"), (".out", ".code")),
    "browser": (os.path.join(ROOT, "tests", "corpus-browser", "run-browser-corpus.py"), (".out",)),
}


def load_module(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3].replace("-", "_"), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(host, forwarded):
    module = load_module(RUNNERS[host][0])
    if host == "node":
        return module.main(forwarded)
    # The browser runner is the Node one with its own way to run a script.
    return module.run_corpus.main(forwarded, description=__doc__.split("\n")[0], run=module.run_one)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", required=True)
    ap.add_argument("--host", choices=sorted(RUNNERS), default="node")
    ap.add_argument("--known-failures")
    ap.add_argument("--update-known-failures", action="store_true")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args(argv)

    with open(os.path.join(CONTENT, "scenarios.json"), encoding="utf-8") as f:
        index = json.load(f)["scenarios"]

    missing = []
    work = tempfile.mkdtemp(prefix="loop-bakery-scenarios-")
    try:
        for scenario in index:
            if scenario["host"] != args.host:
                continue
            name = scenario["id"]
            golden = [os.path.join(HERE, name + ext) for ext in RUNNERS[args.host][1]]
            if not all(os.path.exists(g) for g in golden):
                missing.append(name)
                continue
            os.symlink(os.path.join(CONTENT, scenario["file"]), os.path.join(work, name + ".js"))
            for g in golden:
                os.symlink(g, os.path.join(work, os.path.basename(g)))

        if missing:
            print("TAP version 13")
            print("Bail out! no recording for: %s (run tests/scenarios/record.py)" % ", ".join(missing))
            return 1

        forwarded = ["--cli", args.cli, "--dir", work]
        if args.known_failures:
            forwarded += ["--known-failures", args.known_failures]
        if args.update_known_failures:
            forwarded.append("--update-known-failures")
        return run(args.host, forwarded + args.names)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
