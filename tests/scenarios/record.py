#!/usr/bin/env python3
"""Record the golden output of the scenario library with Node 20 and Chromium.

    tests/scenarios/record.py            # every scenario of the library
    tests/scenarios/record.py ID ...     # only these

For every scenario of data/content/scenarios.json whose host is "node", it
runs `node data/content/scenarios/ID.js` and writes tests/scenarios/ID.out
(stdout, byte for byte) and ID.code (the exit code and a newline).  Stderr
is never recorded.  NODE=/path/to/node selects the binary.

Browser scenarios ("host": "browser") are recorded from headless Chromium
by the browser corpus's harness (tests/corpus-browser/harness/record.sh,
which installs what it needs): every script runs 5 times and ID.out is
written only when all runs printed the same.  There is no .code: a page has
no exit code.  The scenario follows that corpus's rules (README.md there).

The recordings are the specification: never edit an .out by hand, and
never type an expected output into the content.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.join(HERE, "..", "..", "data", "content")
BROWSER_RECORDER = os.path.join(HERE, "..", "corpus-browser", "harness", "record.sh")


def record_browser(scenarios):
    """Records browser scenarios with the browser corpus's harness, which
    writes ID.out beside each script: lay them out in a temporary folder."""
    work = tempfile.mkdtemp(prefix="loop-bakery-record-")
    try:
        for scenario in scenarios:
            os.symlink(os.path.abspath(os.path.join(CONTENT, scenario["file"])),
                       os.path.join(work, scenario["id"] + ".js"))
        status = subprocess.run([BROWSER_RECORDER, "--dir", work]
                                + [s["id"] for s in scenarios]).returncode
        count = 0
        for scenario in scenarios:
            out = os.path.join(work, scenario["id"] + ".out")
            if os.path.exists(out):
                shutil.copyfile(out, os.path.join(HERE, scenario["id"] + ".out"))
                count += 1
        print("record.py: recorded %d browser scenario(s) with Chromium" % count)
        return status == 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv):
    node = os.environ.get("NODE", "node")
    try:
        version = subprocess.run([node, "--version"], capture_output=True,
                                 text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        sys.exit("record.py: '%s' not found; Node 20 is required" % node)
    if not version.startswith("v20."):
        sys.exit("record.py: Node 20 is required, '%s' is %s" % (node, version))

    with open(os.path.join(CONTENT, "scenarios.json"), encoding="utf-8") as f:
        index = json.load(f)["scenarios"]
    wanted = set(argv)
    known = {s["id"] for s in index}
    unknown = sorted(wanted - known)
    if unknown:
        sys.exit("record.py: no such scenario(s): " + ", ".join(unknown))

    env = {k: v for k, v in os.environ.items()
           if not k.startswith("NODE_") and k not in ("FORCE_COLOR", "NO_COLOR")}
    chosen = [s for s in index if not wanted or s["id"] in wanted]
    browser_ok = record_browser([s for s in chosen if s["host"] == "browser"]) \
        if any(s["host"] == "browser" for s in chosen) else True

    count = 0
    for scenario in chosen:
        if scenario["host"] != "node":
            continue
        script = os.path.join(CONTENT, scenario["file"])
        proc = subprocess.run([node, os.path.basename(script)],
                              cwd=os.path.dirname(script), env=env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, timeout=60)
        with open(os.path.join(HERE, scenario["id"] + ".out"), "wb") as f:
            f.write(proc.stdout)
        with open(os.path.join(HERE, scenario["id"] + ".code"), "w") as f:
            f.write("%d\n" % proc.returncode)
        count += 1
    print("record.py: recorded %d scenario(s) with node %s" % (count, version))
    if not browser_ok:
        sys.exit("record.py: some browser scenarios were not recorded (see above)")


if __name__ == "__main__":
    main(sys.argv[1:])
