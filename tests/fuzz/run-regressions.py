#!/usr/bin/env python3
"""Replays every JavaScript input in regressions/ through the CLI (TAP).

Each input once crashed the engine; it passes when the CLI ends on its own
(any exit code the script may cause) without a signal, a GLib assertion or
a sanitizer report.  The fuzzers replay the same inputs, but only in a
clang build with -Dfuzzing=true: this runs in every build.
"""
import argparse
import os
import subprocess
import sys

CRASH_MARKS = ('ERROR:', 'Bail out!', 'AddressSanitizer', 'runtime error:',
               'LeakSanitizer', 'CRITICAL')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cli', required=True)
    ap.add_argument('--dir', required=True)
    ap.add_argument('--timeout', type=float, default=60)
    args = ap.parse_args()
    names = sorted(n for n in os.listdir(args.dir)
                   if n.endswith('.js') and n.startswith(('fuzz-engine', 'fuzz-parser')))
    print('1..%d' % len(names))
    failed = 0
    for i, name in enumerate(names, 1):
        path = os.path.join(args.dir, name)
        try:
            # fuzz-engine-browser's inputs crashed the browser profile.
            host = ['--host=browser'] if name.startswith('fuzz-engine-browser-') else []
            p = subprocess.run([args.cli] + host + [path], capture_output=True,
                               timeout=args.timeout)
            err = p.stderr.decode('utf-8', 'replace')
            bad = p.returncode < 0 or any(m in err for m in CRASH_MARKS)
            why = 'exit %d: %s' % (p.returncode, err.strip()[-300:]) if bad else ''
        except subprocess.TimeoutExpired:
            bad, why = True, 'timed out'
        if bad:
            failed += 1
            print('not ok %d - %s' % (i, name))
            for line in why.splitlines():
                print('# ' + line)
        else:
            print('ok %d - %s' % (i, name))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
