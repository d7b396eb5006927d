#!/usr/bin/env python3
"""Runs one libFuzzer target for a bounded time, as a TAP test.

First every saved crash for the target (regressions/TARGET-*) is replayed,
one test point each; then the target fuzzes for SECONDS (the environment's
LOOP_BAKERY_FUZZ_SECONDS, default 40) from its seeds, one more test point
that fails on any crash, leak, sanitizer report or timeout.  A new crashing
input is printed escaped in the diagnostics, so that a CI log is enough to
reproduce it.  The meson `fuzz` suite of a -Dfuzzing=true build runs this
for every target (build-aux/run-fuzz-tests.sh in CI).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys


def diagnostics(text, limit=60):
    lines = text.strip().splitlines()
    for line in lines[-limit:]:
        print('# ' + line)


def replay(binary, inputs, number):
    failed = 0
    for path in inputs:
        number += 1
        p = subprocess.run([binary, path], capture_output=True, timeout=300)
        name = os.path.basename(path)
        if p.returncode == 0:
            print('ok %d - regression %s' % (number, name))
        else:
            failed += 1
            print('not ok %d - regression %s (exit %d)' % (number, name, p.returncode))
            diagnostics(p.stderr.decode('utf-8', 'replace'))
    return number, failed


def collect_seeds(args):
    """Copies the seed directories' own files (not their subdirectories:
    libFuzzer would read those too, and tests/corpus-browser/harness holds
    the recording harness's packages) into one directory."""
    seeds = os.path.join(args.workdir, 'fuzz-seeds', args.target)
    shutil.rmtree(seeds, ignore_errors=True)
    os.makedirs(seeds)
    for directory in args.seeds:
        for name in sorted(os.listdir(directory)):
            path = os.path.join(directory, name)
            if os.path.isfile(path) and name.endswith(args.seed_suffix):
                shutil.copy(path, seeds)
    return seeds


def fuzz(args, seconds, number):
    corpus = os.path.join(args.workdir, 'fuzz-corpus', args.target)
    artifacts = os.path.join(args.workdir, 'fuzz-artifacts', args.target)
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(artifacts, exist_ok=True)
    for stale in os.listdir(artifacts):
        os.remove(os.path.join(artifacts, stale))
    command = [args.binary, corpus, collect_seeds(args)] + [
        '-max_total_time=%d' % seconds, '-timeout=25', '-rss_limit_mb=2560',
        '-print_final_stats=1', '-artifact_prefix=' + artifacts + '/']
    if args.dict:
        command.append('-dict=' + args.dict)
    # libFuzzer stops itself after max_total_time; the margin covers
    # loading the seeds and one slow input.
    p = subprocess.run(command, capture_output=True, timeout=seconds + 300,
                       cwd=args.workdir)
    log = p.stderr.decode('utf-8', 'replace')
    match = re.search(r'^stat::number_of_executed_units: *(\d+)', log, re.M)
    execs = match.group(1) if match else '?'
    # slow-unit-* only says that an input took long on a busy machine.
    crashes = sorted(n for n in os.listdir(artifacts) if not n.startswith('slow-unit-'))
    number += 1
    summary = '%s: %s executions in %d s' % (args.target, execs, seconds)
    if p.returncode == 0 and not crashes:
        print('ok %d - fuzz %s' % (number, summary))
        return number, 0
    print('not ok %d - fuzz %s (exit %d)' % (number, summary, p.returncode))
    diagnostics(log)
    for crash in crashes:
        with open(os.path.join(artifacts, crash), 'rb') as f:
            data = f.read(4096)
        print('# input %s (save it as tests/fuzz/regressions/%s-NAME):'
              % (os.path.join(artifacts, crash), args.target))
        print('# ' + repr(data))
    return number, 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--target', required=True)
    ap.add_argument('--binary', required=True)
    ap.add_argument('--regressions', required=True)
    ap.add_argument('--workdir', required=True)
    ap.add_argument('--dict')
    ap.add_argument('--seeds', nargs='*', default=[])
    ap.add_argument('--seed-suffix', default='',
                    help='only seed files whose name ends so (".js")')
    args = ap.parse_args()
    # meson passes the binary relative to the build root; libFuzzer runs
    # in the work directory.
    args.binary = os.path.abspath(args.binary)
    seconds = int(os.environ.get('LOOP_BAKERY_FUZZ_SECONDS', '40'))

    inputs = sorted(os.path.join(args.regressions, n)
                    for n in os.listdir(args.regressions)
                    if n.startswith(args.target + '-'))
    print('1..%d' % (len(inputs) + 1), flush=True)
    number, failed = replay(args.binary, inputs, 0)
    sys.stdout.flush()
    number, fuzz_failed = fuzz(args, seconds, number)
    return 1 if failed or fuzz_failed else 0


if __name__ == '__main__':
    sys.exit(main())
