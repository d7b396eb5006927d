#!/usr/bin/env python3
"""Record the golden output of the scenario library with Node 20.

    tests/scenarios/record.py            # every Node scenario of the library
    tests/scenarios/record.py ID ...     # only these

For every scenario of data/content/scenarios.json whose host is "node", it
runs `node data/content/scenarios/ID.js` and writes tests/scenarios/ID.out
(stdout, byte for byte) and ID.code (the exit code and a newline).  Stderr
is never recorded.  Browser scenarios cannot be recorded with Node; they
wait for the browser profile.  NODE=/path/to/node selects the binary.

The recordings are the specification: never edit an .out by hand, and
never type an expected output into the content.
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.join(HERE, "..", "..", "data", "content")


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
    count = 0
    for scenario in index:
        if scenario["host"] != "node" or (wanted and scenario["id"] not in wanted):
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


if __name__ == "__main__":
    main(sys.argv[1:])
