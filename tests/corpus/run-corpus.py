#!/usr/bin/env python3
"""Run the golden conformance corpus against a CLI and print TAP (version 13).

    run-corpus.py --cli PATH --dir DIR [--known-failures FILE]
                  [--update-known-failures] [--jobs N] [--timeout S]
                  [NAME ...]

For every DIR/NAME.js (sorted by name) the CLI is run as `PATH NAME.js`
with DIR as the working directory.  Its stdout must equal DIR/NAME.out byte
for byte and its exit code must equal the number in DIR/NAME.code.  Stderr
is ignored.

Names listed in the known-failures file are reported with a TAP TODO
directive: `not ok K NAME # TODO known failure: REASON` when they fail (an
expected failure) and `ok K NAME # TODO known failure: REASON` when they
pass (an unexpected pass, which meson counts as a failure, so that the list
has to be kept honest).

--update-known-failures rewrites the known-failures file so that it lists
exactly the scripts that fail now, keeping the reasons already written and
giving new entries the reason "not yet supported".

Scripts that fail are run again, one at a time, after the parallel pass
(--retries, default 2; not after a timeout): timer-based scripts can be
upset by a machine under heavy load.  A script that passes on a retry is reported as passing, with a
"# passed on retry" diagnostic.

The exit status is 0 whenever the TAP stream was produced (the verdict is
in the stream), 2 on usage errors.  Only the Python standard library is
used.
"""

import argparse
import concurrent.futures
import os
import shutil
import signal
import subprocess
import sys

DEFAULT_REASON = "not yet supported"
MAX_SHOWN = 160


def list_scripts(directory, only):
    names = sorted(f[:-3] for f in os.listdir(directory)
                   if f.endswith(".js") and os.path.isfile(os.path.join(directory, f)))
    if only:
        wanted = set(n[:-3] if n.endswith(".js") else n for n in only)
        missing = sorted(wanted - set(names))
        if missing:
            raise SystemExit("run-corpus: no such script(s): " + ", ".join(missing))
        names = [n for n in names if n in wanted]
    return names


def read_known_failures(path):
    """Return (header_lines, {name: reason}) from a known-failures file."""
    header, known = [], {}
    if not path or not os.path.exists(path):
        return header, known
    with open(path, encoding="utf-8") as f:
        for line in f:
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                if not known:          # the comment block before the first entry
                    header.append(line.rstrip("\n"))
                continue
            parts = stripped.split(None, 1)
            name = parts[0]
            if name.endswith(".js"):
                name = name[:-3]
            reason = parts[1].strip() if len(parts) > 1 else ""
            if reason.startswith("#"):
                reason = reason[1:].strip()
            known[name] = reason or DEFAULT_REASON
    while header and not header[-1].strip():
        header.pop()
    return header, known


def write_known_failures(path, header, known, failures):
    if not header:
        header = ["# Corpus scripts that are known to fail with loop-bakery-run.",
                  "# One name per line, then the reason.  Lines starting with # are comments.",
                  "# Regenerate with run-corpus.py --update-known-failures (see README.md)."]
    lines = list(header) + [""]
    width = max([len(n) for n in failures] + [0])
    for name in sorted(failures):
        lines.append("%s  %s" % (name.ljust(width), known.get(name, DEFAULT_REASON)))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip("\n") + "\n")


def show(data):
    """A short, escaped, single-line rendering of some bytes."""
    text = repr(data)[1:]
    if len(text) > MAX_SHOWN:
        text = text[:MAX_SHOWN] + "...'"
    return text


def first_difference(expected, got):
    """TAP diagnostic lines describing the first differing stdout line."""
    exp_lines = expected.split(b"\n")
    got_lines = got.split(b"\n")
    for i in range(max(len(exp_lines), len(got_lines))):
        e = exp_lines[i] if i < len(exp_lines) else None
        g = got_lines[i] if i < len(got_lines) else None
        if e != g:
            out = ["stdout differs at line %d" % (i + 1)]
            out.append("  expected: " + ("<end of output>" if e is None else show(e)))
            out.append("  got:      " + ("<end of output>" if g is None else show(g)))
            return out
    return ["stdout differs (line endings)"]


def kill_group(proc):
    """Kill the process group of a still unreaped proc (the CLI and its children)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.communicate(timeout=5)
    except (subprocess.TimeoutExpired, ValueError):
        pass


def run_script(command, directory, timeout):
    """Run `command` in `directory`; return (returncode, stdout, stderr), or
    (None, diagnostics) when it could not run or timed out."""
    # Each script runs in its own session so that a timeout kills the CLI
    # together with anything it started.
    try:
        proc = subprocess.Popen(command, cwd=directory,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, start_new_session=True)
    except OSError as e:
        return None, ["could not run %s: %s" % (command[0], e)]
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        return None, ["timed out after %g s" % timeout]
    except BaseException:
        kill_group(proc)
        raise
    return proc.returncode, stdout, stderr


def run_one(cli, directory, name, timeout):
    """Run one script; return (passed, diagnostics)."""
    with open(os.path.join(directory, name + ".out"), "rb") as f:
        expected_out = f.read()
    with open(os.path.join(directory, name + ".code"), encoding="ascii") as f:
        expected_code = int(f.read().strip())
    result = run_script([cli, name + ".js"], directory, timeout)
    if result[0] is None:
        return False, result[1]
    returncode, stdout, stderr = result
    diags = []
    if stdout != expected_out:
        diags += first_difference(expected_out, stdout)
    if returncode != expected_code:
        diags.append("exit code: expected %d, got %d" % (expected_code, returncode))
        err = stderr.strip().split(b"\n")
        if err and err[0]:
            diags.append("  stderr: " + show(err[0]))
    return not diags, diags


def resolve_cli(cli):
    if os.sep in cli:
        return os.path.abspath(cli)
    found = shutil.which(cli)
    return found or cli


def main(argv=None, cli_override=None, description=None, run=run_one):
    """The runner; other corpora reuse it with their own `run` (same
    signature and result as run_one) and `cli_override` (recheck-node.py)."""
    ap = argparse.ArgumentParser(description=description or __doc__.split("\n")[0])
    if cli_override is None:
        ap.add_argument("--cli", required=True, help="the CLI to test (loop-bakery-run)")
    ap.add_argument("--dir", required=True, help="the corpus directory")
    ap.add_argument("--known-failures", help="known-failures file")
    ap.add_argument("--update-known-failures", action="store_true",
                    help="rewrite the known-failures file to the current failures")
    ap.add_argument("--jobs", "-j", type=int, default=0,
                    help="scripts to run at once (default: number of CPUs)")
    ap.add_argument("--timeout", type=float, default=10.0,
                    help="seconds allowed per script (default 10)")
    ap.add_argument("--retries", type=int, default=2,
                    help="re-run a failing script up to N more times, serially (default 2)")
    ap.add_argument("names", nargs="*", help="run only these scripts")
    args = ap.parse_args(argv)

    if args.update_known_failures and not args.known_failures:
        ap.error("--update-known-failures needs --known-failures FILE")
    if args.update_known_failures and args.names:
        ap.error("--update-known-failures runs the whole corpus; give no names")
    cli = cli_override if cli_override is not None else resolve_cli(args.cli)
    directory = os.path.abspath(args.dir)
    names = list_scripts(directory, args.names)
    header, known = read_known_failures(args.known_failures)
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)

    print("TAP version 13")
    print("1..%d" % len(names))
    sys.stdout.flush()
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(run, cli, directory, n, args.timeout) for n in names]
        results = [f.result() for f in futures]

    # Retry failures serially, once the parallel load is gone.  Known
    # failures (expected to fail) and timeouts (too slow to retry) are not.
    for i, name in enumerate(names):
        passed, diags = results[i]
        attempt = 0
        while (not passed and name not in known and attempt < args.retries
               and not diags[0].startswith("timed out")):
            attempt += 1
            passed, retry_diags = run(cli, directory, name, args.timeout)
            if passed:
                diags = (["passed on retry %d; the first attempt failed:" % attempt]
                         + ["  " + d for d in diags])
            else:
                diags = retry_diags
        results[i] = (passed, diags)

    failures = []
    counts = {"pass": 0, "fail": 0, "xfail": 0, "xpass": 0}
    for k, (name, (passed, diags)) in enumerate(zip(names, results), 1):
        if not passed:
            failures.append(name)
        if name in known:
            directive = " # TODO known failure: " + known[name]
            counts["xpass" if passed else "xfail"] += 1
        else:
            directive = ""
            counts["pass" if passed else "fail"] += 1
        print("%s %d %s%s" % ("ok" if passed else "not ok", k, name, directive))
        if passed and name in known:
            print("# unexpected pass: remove %s from the known-failures file" % name)
        for d in diags:
            print("# " + d)
    print("# passed %d, failed %d, known failures %d, unexpected passes %d"
          % (counts["pass"], counts["fail"], counts["xfail"], counts["xpass"]))
    stale = sorted(set(known) - set(list_scripts(directory, None)))
    if stale:
        print("# known-failures lists scripts that do not exist: " + ", ".join(stale))

    if args.update_known_failures:
        write_known_failures(args.known_failures, header, known, failures)
        print("# rewrote %s with %d failure(s)" % (args.known_failures, len(failures)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
