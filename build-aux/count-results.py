#!/usr/bin/env python3
"""Prints 'N passed, N failed' from a meson testlog.json.

A TAP test counts once per test point (each corpus script, each GTest
case), so the line says how much was checked; any other test counts once.
A TAP point marked TODO (a known failure, listed with its issue) counts as
neither passed nor failed but as known; SKIP as skipped."""
import json
import re
import sys

TAP_POINT = re.compile(r"^(not ok|ok)\b[^#]*(#\s*(\w+))?", re.IGNORECASE)

passed = failed = skipped = known = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        if not line.strip():
            continue
        test = json.loads(line)
        result = test.get("result")
        points = [TAP_POINT.match(l) for l in (test.get("stdout") or "").splitlines()]
        points = [m for m in points if m]
        if not points or result not in ("OK", "FAIL", "EXPECTEDFAIL", "UNEXPECTEDPASS"):
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
                    failed += 1      # an unexpected pass: the known-failure list is stale
                else:
                    known += 1
            elif ok:
                passed += 1
            else:
                failed += 1

if known:
    print(f"{known} known failures (TODO, listed in tests/corpus/known-failures.txt)")
line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
sys.stdout.flush()
print(line, flush=True)
