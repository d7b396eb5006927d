#!/usr/bin/env python3
"""Run the scenario library through the CLI against the Node recordings.

    run-scenarios.py --cli PATH [--known-failures FILE] [NAME ...]

The library's scripts live in data/content/scenarios/ and their recordings
here, in tests/scenarios/.  This wrapper lays both side by side in a
temporary folder (symbolic links) and hands it to the golden corpus's
runner, tests/corpus/run-corpus.py, unchanged, so that the two suites
report in the same way (TAP 13, known failures as TODO).

Only the Node scenarios of data/content/scenarios.json are run; browser
ones wait for the browser profile.  A Node scenario without a recording is
an error: record it with record.py.
"""

import argparse
import importlib.util
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CONTENT = os.path.join(ROOT, "data", "content")
RUN_CORPUS = os.path.join(ROOT, "tests", "corpus", "run-corpus.py")


def load_runner():
    spec = importlib.util.spec_from_file_location("run_corpus", RUN_CORPUS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", required=True)
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
            if scenario["host"] != "node":
                continue
            name = scenario["id"]
            golden = [os.path.join(HERE, name + ext) for ext in (".out", ".code")]
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
        return load_runner().main(forwarded + args.names)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
