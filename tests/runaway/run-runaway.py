#!/usr/bin/env python3
"""Run the runaway scripts through the CLI with its default budgets; print TAP.

    run-runaway.py --cli PATH [--dir DIR] [--limit S] [--kill-after S]
                   [--cpu] [NAME ...]

Every DIR/NAME.js starts with comment lines that say what must happen:

    // exit: 1                      the exit code
    // stderr: heap budget|...      a regular expression stderr must match
    // stdout: depth 10000          stdout, exactly (one line per directive)

and each must end within --limit seconds (default 1) of wall time, even
on a loaded machine: what a user waits for.  The engine's wall-time budget
(500 ms by default) guarantees it; the rest is start-up and freeing the
heap.  --cpu judges CPU time (user + system) instead.  A run still going
after --kill-after seconds of wall time (default 60) is killed and fails.
Both times are reported for every script as a TAP diagnostic.

--sanitized (for ASan/UBSan builds, several times slower, whose deadline
is 20 times longer) allows 25 s and kills after 180 s.

Scripts in KNOWN_FAILURES below are reported with a TAP TODO directive
while they fail; one that passes is an unexpected pass (which meson counts
as a failure), so that the list stays honest.  The list is about time
only, so --sanitized ignores it.

Only the Python standard library is used.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

# name -> reason.  Keep the reason specific: what happens instead.
KNOWN_FAILURES = {
}

TARGET_SECONDS = 1.0


def read_expectations(path):
    exit_code, stderr_re, stdout_lines = None, None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            match = re.match(r"//\s*(exit|stderr|stdout):\s?(.*)$", line.rstrip("\n"))
            if not match:
                if not line.startswith("//"):
                    break
                continue
            key, value = match.groups()
            if key == "exit":
                exit_code = int(value)
            elif key == "stderr":
                stderr_re = value
            else:
                stdout_lines.append(value)
    stdout = "".join(l + "\n" for l in stdout_lines) if stdout_lines else None
    return exit_code, stderr_re, stdout


def run(cli, script, kill_after):
    """Return (wall s, CPU s, exit code or None when killed, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen([cli, os.path.basename(script)], stdout=out, stderr=err,
                                   stdin=subprocess.DEVNULL, cwd=os.path.dirname(script))
        killed = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.perf_counter() - start > kill_after:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                killed = True
                break
            time.sleep(0.005)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (wall, usage.ru_utime + usage.ru_stime,
                None if killed else process.returncode,
                out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--limit", type=float, default=TARGET_SECONDS,
                        help="seconds a script may take (wall time, or CPU with --cpu)")
    parser.add_argument("--kill-after", type=float, default=60.0,
                        help="wall seconds after which a script is killed")
    parser.add_argument("--cpu", action="store_true", help="judge CPU time, not wall time")
    parser.add_argument("--sanitized", action="store_true",
                        help="a sanitizer build: allow 25 s of CPU (kill after 180 s) and "
                             "expect the known failures, which are about time, to pass")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    known_failures = KNOWN_FAILURES
    if args.sanitized:
        args.limit, args.kill_after = max(args.limit, 25.0), max(args.kill_after, 180.0)
        known_failures = {}

    directory = os.path.abspath(args.dir)
    names = sorted(f[:-3] for f in os.listdir(directory) if f.endswith(".js"))
    if args.names:
        wanted = [n[:-3] if n.endswith(".js") else n for n in args.names]
        unknown = sorted(set(wanted) - set(names))
        if unknown:
            print("run-runaway: no such script(s): " + ", ".join(unknown), file=sys.stderr)
            return 2
        names = [n for n in names if n in wanted]

    print("TAP version 13")
    print("1..%d" % len(names))
    for number, name in enumerate(names, 1):
        script = os.path.join(directory, name + ".js")
        exit_code, stderr_re, stdout = read_expectations(script)
        wall, cpu, code, out, err = run(os.path.abspath(args.cli), script, args.kill_after)
        judged = cpu if args.cpu else wall

        problems = []
        if code is None:
            problems.append("still running after %.0f s of wall time: killed" % args.kill_after)
        else:
            if exit_code is not None and code != exit_code:
                problems.append("exit code %d, expected %d" % (code, exit_code))
            if stderr_re is not None and not re.search(stderr_re, err):
                problems.append("stderr does not match /%s/" % stderr_re)
            if stdout is not None and out != stdout:
                problems.append("stdout %r, expected %r" % (out[:200], stdout))
            if judged > args.limit:
                problems.append("took %.2f s of %s time, more than %.1f s"
                                % (judged, "CPU" if args.cpu else "wall", args.limit))

        directive = ""
        if name in known_failures:
            directive = " # TODO known failure: " + known_failures[name]
        print("%s %d %s%s" % ("not ok" if problems else "ok", number, name, directive))
        over = " (over the %.0f s target)" % TARGET_SECONDS if judged > TARGET_SECONDS else ""
        print("# %s: %.2f s wall, %.2f s CPU%s; exit %s; stderr: %s"
              % (name, wall, cpu, over, "killed" if code is None else code,
                 err.strip().splitlines()[-1][:160] if err.strip() else "(empty)"))
        for problem in problems:
            print("#   " + problem)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
