#!/usr/bin/env python3
"""Prints 'N passed, N failed' from one or more meson testlog.json files.

A TAP test counts once per test point (each corpus script, each GTest
case), so the line says how much was checked; any other test counts once.
A TAP point marked TODO (a known failure, listed with its reason) counts as
neither passed nor failed but as known, unless it passed: then the list is
stale and it counts as failed.  SKIP counts as skipped."""
import json
import re
import sys

TAP_POINT = re.compile(r"^(not ok|ok)\b[^#]*(#\s*(\w+))?", re.IGNORECASE)
TAP_RESULTS = ("OK", "FAIL", "EXPECTEDFAIL", "UNEXPECTEDPASS")


def count(tests):
    passed = failed = skipped = known = 0
    for test in tests:
        result = test.get("result")
        points = [TAP_POINT.match(l) for l in (test.get("stdout") or "").splitlines()]
        points = [m for m in points if m]
        if not points or result not in TAP_RESULTS:
            if result in ("OK", "EXPECTEDFAIL"):
                passed += 1
            elif result == "SKIP":
                skipped += 1
            else:
                failed += 1
            continue
        for m in points:
            ok = m.group(1).lower() == "ok"
            directive = (m.group(3) or "").upper()
            if directive == "SKIP":
                skipped += 1
            elif directive == "TODO":
                if ok:
                    failed += 1
                else:
                    known += 1
            elif ok:
                passed += 1
            else:
                failed += 1
    return passed, failed, skipped, known


def main():
    tests = []
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as log:
            tests.extend(json.loads(line) for line in log if line.strip())
    passed, failed, skipped, known = count(tests)
    if known:
        print(f"{known} known failures (TODO, listed in known-failures.txt)")
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line, flush=True)


if __name__ == "__main__":
    main()
