#!/usr/bin/env python3
"""Differential testing: random scripts, the engine against Node 20.

    run-diff.py --gen tests/difftest/gen-async.mjs --cli BUILD/src/cli/loop-bakery-run \
                --seeds 1:500 [--oracle-runs 3] [--jobs 2] [--out DIR]

A generator is any program that takes a seed as its only argument and prints
one self-contained script on stdout (`.mjs` and `.js` run with node, `.py`
with python3).  For every seed the script is run by the oracle
--oracle-runs times; a script whose stdout or exit code differs between
those runs is racy and skipped, not judged.  Otherwise the CLI must print
the same stdout and exit with the same code, as in tests/corpus.

Each divergence is kept in --out as SEED.js with SEED.expected (the oracle's
stdout, then "exit N") and SEED.got (the CLI's).  The last line printed is
`N agreed, N diverged, N racy, N skipped`; the exit status is 1 when
anything diverged.  Not a CI test: it needs Node and finds new cases, which
are then minimised by hand and recorded into tests/corpus.
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys

NODE_ENV_NOISE = ("NODE_OPTIONS", "NODE_PATH", "NODE_DEBUG", "FORCE_COLOR",
                  "NO_COLOR", "NODE_DISABLE_COLORS")


def quiet_env():
    env = dict(os.environ)
    for name in NODE_ENV_NOISE:
        env.pop(name, None)
    return env


def interpreter_for(path):
    if path.endswith(".py"):
        return ["python3", path]
    if path.endswith((".mjs", ".js", ".cjs")):
        return ["node", path]
    return [path]


def run(command, cwd, timeout):
    """Returns (stdout, exit code) or None after a timeout."""
    try:
        proc = subprocess.run(command, cwd=cwd, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              timeout=timeout, env=quiet_env())
    except subprocess.TimeoutExpired:
        return None
    return proc.stdout, proc.returncode


def describe(result):
    if result is None:
        return b"(timed out)\n"
    out, code = result
    return out + b"exit %d\n" % code


def judge_seed(args, seed, work):
    generated = subprocess.run(interpreter_for(args.gen) + [str(seed)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if generated.returncode != 0:
        return "skipped", seed, generated.stderr.decode(errors="replace")[:200]
    script = os.path.join(work, "%d.js" % seed)
    with open(script, "wb") as f:
        f.write(generated.stdout)

    oracle = args.oracle.split() + [script]
    expected = run(oracle, work, args.timeout)
    if expected is None:
        return "skipped", seed, "the oracle timed out"
    for _ in range(args.oracle_runs - 1):
        if run(oracle, work, args.timeout) != expected:
            return "racy", seed, ""

    got = run([args.cli] + args.cli_args.split() + [script], work, args.timeout)
    if got == expected:
        os.unlink(script)
        return "agreed", seed, ""

    keep = os.path.join(args.out, "%d" % seed)
    os.replace(script, keep + ".js")
    with open(keep + ".expected", "wb") as f:
        f.write(describe(expected))
    with open(keep + ".got", "wb") as f:
        f.write(describe(got))
    return "diverged", seed, first_difference(describe(expected), describe(got))


def first_difference(expected, got):
    e_lines = expected.decode(errors="replace").splitlines()
    g_lines = got.decode(errors="replace").splitlines()
    for i in range(max(len(e_lines), len(g_lines))):
        e = e_lines[i] if i < len(e_lines) else "(nothing)"
        g = g_lines[i] if i < len(g_lines) else "(nothing)"
        if e != g:
            return "line %d: expected %r, got %r" % (i + 1, e[:120], g[:120])
    return ""


def parse_seeds(text):
    first, _, last = text.partition(":")
    return range(int(first), int(last or first) + 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gen", required=True, help="the generator program")
    ap.add_argument("--cli", required=True, help="loop-bakery-run to judge")
    ap.add_argument("--cli-args", default="", help="options for the CLI, e.g. --host=browser")
    ap.add_argument("--seeds", default="1:200", help="FIRST:LAST, inclusive")
    ap.add_argument("--oracle", default="node", help="the oracle command (default: node)")
    ap.add_argument("--oracle-runs", type=int, default=3,
                    help="runs of the oracle that must agree (default 3)")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--out", default="difftest-out", help="where divergences are kept")
    args = ap.parse_args()
    args.gen = os.path.abspath(args.gen)
    args.cli = os.path.abspath(args.cli)
    os.makedirs(args.out, exist_ok=True)
    work = os.path.abspath(os.path.join(args.out, "work"))
    os.makedirs(work, exist_ok=True)

    counts = {"agreed": 0, "diverged": 0, "racy": 0, "skipped": 0}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(judge_seed, args, seed, work) for seed in parse_seeds(args.seeds)]
        for future in futures:
            verdict, seed, detail = future.result()
            counts[verdict] += 1
            if verdict in ("diverged", "skipped"):
                print("%s %d: %s" % (verdict, seed, detail), flush=True)
    print("%d agreed, %d diverged, %d racy, %d skipped"
          % (counts["agreed"], counts["diverged"], counts["racy"], counts["skipped"]))
    return 1 if counts["diverged"] else 0


if __name__ == "__main__":
    sys.exit(main())
