#!/usr/bin/env python3
"""Run the benchmarks on loop-bakery-run and its peers, side by side.

    run-bench.py --cli PATH [--dir DIR] [--runs N] [--timeout S]
                 [--output FILE] [BENCHMARK ...]

Every DIR/NAME.js prints one checksum line through `print(value)`.  Each
engine gets a small prelude that defines `print` where it is missing
(console.log in Node and in our engine; mujs and duk have a builtin one).
The engines are

    loop-bakery          PATH FILE
    loop-bakery +trace   PATH --trace-stats FILE  (the trace recorded, as the app does)
    loop-bakery +json    PATH --trace=TMPFILE FILE  (recorded and saved as JSON)

(each with --max-wall-time=0: a benchmark may run longer than the default
wall-time budget)
    node                 node FILE
    node --jitless       node --jitless FILE
    mujs, duk            Debian's mujs and duktape (ES5, no promises, no
                         timers: the asynchronous benchmarks are "n/a")

Engines that are not installed are left out.  Each benchmark runs N times
(default 5) per engine, the engines alternating within every round, and
reports the median wall time and the median peak resident set size (from
wait4()), both net of the same engine's start-up (an empty script run the
same way).  Each engine's output must equal Node's; a differing one is
reported as WRONG.  Ratios are "ours / theirs": above 1 means our engine
is slower (or bigger) than the peer.

The result is a Markdown report on stdout (and in FILE with --output).
Only the Python standard library is used.
"""

import argparse
import datetime
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

# Asynchronous benchmarks need promises, microtasks or timers.
ASYNC = ["then-chain", "microtasks", "await-loop", "timeouts", "promise-all"]
SYNC = ["fib", "loop-function", "loop-toplevel", "strings", "string-build", "objects",
        "live-objects", "closures", "arrays"]

PRELUDE_CONSOLE = "function print(value) { console.log(String(value)); }\n"
PRELUDE_NONE = ""


class Engine:
    def __init__(self, name, argv, prelude, has_async, traced=False, trace_file=None):
        self.name = name
        self.argv = argv
        self.prelude = prelude
        self.has_async = has_async
        self.traced = traced or trace_file is not None
        self.trace_file = trace_file


def find_engines(cli, trace_file):
    # The benchmarks run longer than the CLI's default wall-time budget (500 ms).
    cli_argv = [cli, "--max-wall-time=0"]
    engines = [
        Engine("loop-bakery", cli_argv, PRELUDE_CONSOLE, True),
        Engine("loop-bakery +trace", cli_argv + ["--trace-stats"], PRELUDE_CONSOLE, True, traced=True),
        Engine("loop-bakery +json", cli_argv + ["--trace=" + trace_file], PRELUDE_CONSOLE, True,
               trace_file=trace_file),
    ]
    node = shutil.which("node")
    if node:
        engines.append(Engine("node", [node], PRELUDE_CONSOLE, True))
        engines.append(Engine("node --jitless", [node, "--jitless"], PRELUDE_CONSOLE, True))
    for name in ("mujs", "duk"):
        path = shutil.which(name)
        if path:
            engines.append(Engine(name, [path], PRELUDE_NONE, False))
    return engines


# A child of this Python process inherits its peak RSS (Linux keeps the
# high-water mark across fork and exec), so that wait4() would never report
# less than Python's ~16 MB.  GNU time forks the engine from a small process
# instead, and reports the engine's own peak.
GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run_once(argv, script, timeout):
    """Return (wall seconds, CPU seconds, peak RSS in KiB, exit status, stdout)."""
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile("r") as measured:
        command = argv + [script]
        if GNU_TIME:
            command = [GNU_TIME, "-q", "-o", measured.name, "-f", "%U %S %M"] + command
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.perf_counter() > deadline:
                os.killpg(process.pid, signal.SIGKILL)  # GNU time and the engine
                pid, status, usage = os.wait4(process.pid, 0)
                process.returncode = -9
                return None, None, usage.ru_maxrss, "timeout", b""
            time.sleep(0.002)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        cpu, rss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss
        if GNU_TIME:
            fields = measured.read().split()
            if len(fields) >= 3:
                cpu, rss = float(fields[-3]) + float(fields[-2]), int(fields[-1])
        out.seek(0)
        return elapsed, cpu, rss, process.returncode, out.read()


def machine_description():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = "unknown"
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    memory = "%.1f GiB" % (int(line.split()[1]) / 1024 / 1024)
                    break
    except OSError:
        pass
    load = " ".join("%.2f" % x for x in os.getloadavg())
    return model, os.cpu_count(), memory, load


def version_of(argv):
    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=10)
        return (result.stdout or result.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def fmt_ms(seconds):
    if seconds is None:
        return "—"
    ms = seconds * 1000
    return "%.0f ms" % ms if ms >= 10 else "%.1f ms" % ms


def fmt_mb(kib):
    if kib is None:
        return "—"
    return "%.1f MB" % (kib / 1024)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True, help="path to loop-bakery-run")
    parser.add_argument("--dir", default=os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    parser.add_argument("--trace-runs", type=int,
                        help="runs for loop-bakery +trace and +json (default: --runs)")
    parser.add_argument("--output", help="also write the report to this file")
    parser.add_argument("--engines", help="comma-separated engine names to keep")
    parser.add_argument("benchmarks", nargs="*")
    args = parser.parse_args()

    cli = os.path.abspath(args.cli)
    names = args.benchmarks or SYNC + ASYNC
    for name in names:
        if not os.path.exists(os.path.join(args.dir, name + ".js")):
            raise SystemExit("run-bench: no benchmark %s" % name)

    workdir = tempfile.mkdtemp(prefix="loop-bakery-bench-")
    trace_file = os.path.join(workdir, "trace.json")
    engines = find_engines(cli, trace_file)
    if args.engines:
        keep = set(args.engines.split(","))
        engines = [e for e in engines if e.name in keep]

    def script_for(engine, name):
        """The benchmark with the engine's prelude, as a file."""
        path = os.path.join(workdir, "%s--%s.js" % (name, engine.name.replace(" ", "_")))
        if not os.path.exists(path):
            body = ""
            if name != "empty":
                with open(os.path.join(args.dir, name + ".js")) as f:
                    body = f.read()
            with open(path, "w") as f:
                f.write(engine.prelude + body)
        return path

    started = datetime.datetime.now(datetime.timezone.utc)
    model, ncpu, memory, load_before = machine_description()

    # results[name][engine] = (times, rss, status) lists
    results = {}
    outputs = {}
    for name in ["empty"] + names:
        results[name] = {e.name: {"times": [], "cpu": [], "rss": [], "error": None}
                         for e in engines}
        is_async = name in ASYNC
        for run in range(args.runs):
            order = engines if run % 2 == 0 else list(reversed(engines))
            for engine in order:
                cell = results[name][engine.name]
                if is_async and not engine.has_async:
                    cell["error"] = "n/a"
                    continue
                if cell["error"] in ("timeout", "n/a"):
                    continue
                if engine.traced and args.trace_runs is not None and run >= args.trace_runs:
                    continue
                seconds, cpu, rss, status, out = run_once(engine.argv, script_for(engine, name),
                                                     args.timeout)
                if engine.trace_file and os.path.exists(engine.trace_file):
                    os.unlink(engine.trace_file)
                if status == "timeout":
                    cell["error"] = "timeout"
                    continue
                if status != 0:
                    cell["error"] = "exit %d" % status
                outputs.setdefault(name, {})[engine.name] = out
                cell["times"].append(seconds)
                cell["cpu"].append(cpu)
                cell["rss"].append(rss)
        line = "%-14s" % name
        for engine in engines:
            cell = results[name][engine.name]
            line += "  %s: %s" % (engine.name,
                                  cell["error"] or fmt_ms(statistics.median(cell["times"])))
        print(line, file=sys.stderr, flush=True)

    finished = datetime.datetime.now(datetime.timezone.utc)
    load_after = machine_description()[3]
    shutil.rmtree(workdir, ignore_errors=True)

    startup = {}
    for engine in engines:
        cell = results["empty"][engine.name]
        startup[engine.name] = (statistics.median(cell["times"]) if cell["times"] else 0.0,
                                statistics.median(cell["rss"]) if cell["rss"] else 0,
                                statistics.median(cell["cpu"]) if cell["cpu"] else 0.0)

    # net[name][engine] = (seconds or None, kib or None, note, CPU seconds or None)
    net = {}
    for name in names:
        net[name] = {}
        expected = outputs.get(name, {}).get("node")
        for engine in engines:
            cell = results[name][engine.name]
            if cell["error"] in ("n/a", "timeout") or not cell["times"]:
                net[name][engine.name] = (None, None, cell["error"] or "—", None)
                continue
            seconds = max(statistics.median(cell["times"]) - startup[engine.name][0], 0.0)
            kib = max(statistics.median(cell["rss"]) - startup[engine.name][1], 0)
            cpu = max(statistics.median(cell["cpu"]) - startup[engine.name][2], 0.0)
            note = cell["error"] or ""
            got = outputs[name].get(engine.name)
            if expected is not None and got != expected:
                note = "WRONG"
            net[name][engine.name] = (seconds, kib, note, cpu)

    ours = "loop-bakery"
    lines = []
    lines.append("# Benchmark results")
    lines.append("")
    lines.append("Produced by `tests/bench/run-bench.py` (`meson compile -C BUILDDIR bench`).")
    lines.append("")
    lines.append("- Date: %s – %s" % (started.strftime("%Y-%m-%d %H:%M UTC"),
                                       finished.strftime("%H:%M UTC")))
    lines.append("- Machine: %s, %d CPUs (nproc), %s RAM; load average %s before, %s after"
                 % (model, ncpu, memory, load_before, load_after))
    lines.append("- Kernel: %s %s" % (platform.system(), platform.release()))
    lines.append("- Engines: %s" % "; ".join(
        "%s (%s)" % (e.name, version_of(e.argv[:1] + ["--version"]) if e.name in ("node", ours)
                     else "Debian package" if e.name in ("mujs", "duk") else "same binary")
        for e in engines))
    lines.append("- %d runs per engine and benchmark (%s), engines alternating within each "
                 "round; median wall time, CPU time and peak RSS, each net of the engine's own "
                 "start-up (an empty script)."
                 % (args.runs, "loop-bakery +trace and +json: %d" % args.trace_runs
                    if args.trace_runs is not None else "all engines"))
    lines.append("- Ratio = ours / theirs: **above 1 means loop-bakery is slower** (or uses more "
                 "memory); the +trace and +json columns instead give traced / untraced. n/a: the engine "
                 "has no promises or timers. WRONG: the output differs from Node's.")
    lines.append("")
    lines.append("Start-up (empty script): " + ", ".join(
        "%s %s / %s" % (e.name, fmt_ms(startup[e.name][0]), fmt_mb(startup[e.name][1]))
        for e in engines))
    lines.append("")

    def table(title, value_of, fmt):
        lines.append("## " + title)
        lines.append("")
        lines.append("| benchmark | " + " | ".join(e.name for e in engines) + " |")
        lines.append("|---|" + "---:|" * len(engines))
        for name in names:
            row = ["%s%s" % (name, " (async)" if name in ASYNC else "")]
            ours_value = value_of(net[name][ours])
            for engine in engines:
                entry = net[name][engine.name]
                value = value_of(entry)
                if value is None:
                    row.append(entry[2])
                    continue
                text = fmt(value)
                if entry[2]:
                    text += " " + entry[2]
                if ours_value is None or fmt(ours_value) in ("0.0 MB", "0.0 ms"):
                    pass                    # no meaningful ratio to nothing
                elif engine.traced:
                    # The traced run against the untraced one, the other way round.
                    text += " (%.2f× untraced)" % (value / ours_value)
                elif engine.name != ours and ours_value is not None and value > 0:
                    text += " (%.2f×)" % (ours_value / value)
                row.append(text)
            lines.append("| " + " | ".join(row) + " |")
        lines.append("")

    table("Wall time (net of start-up)", lambda e: e[0], fmt_ms)
    table("CPU time, user + system (net of start-up)", lambda e: e[3], fmt_ms)
    table("Peak RSS (net of start-up)", lambda e: e[1], fmt_mb)

    # The targets of the issue "Performance and reliability".
    def ratio(name, peer, index):
        a = net[name][ours][index]
        b = net[name].get(peer, (None, None, "", None))[index]
        if a is None or b is None or b == 0:
            return None
        return a / b

    # (target, ratio on CPU time or memory, ratio on wall time, met)
    checks = []
    for name in names:
        peers = (["node --jitless"] if name in ASYNC else ["mujs", "duk"])
        for peer in peers:
            if not any(e.name == peer for e in engines):
                continue
            cpu, wall = ratio(name, peer, 3), ratio(name, peer, 0)
            if name in ASYNC:
                checks.append(("%s within 2× of %s" % (name, peer), cpu, wall,
                               cpu is not None and cpu <= 2.0))
            else:
                checks.append(("%s faster than %s" % (name, peer), cpu, wall,
                               cpu is not None and cpu < 1.0))
    if any(e.name == ours + " +trace" for e in engines):
        for name in names:
            traced, plain = net[name][ours + " +trace"], net[name][ours]
            cpu = traced[3] / plain[3] if traced[3] is not None and plain[3] else None
            wall = traced[0] / plain[0] if traced[0] is not None and plain[0] else None
            checks.append(("%s: traced ≤ 1.5× untraced" % name, cpu, wall,
                           cpu is not None and cpu <= 1.5))
    if "live-objects" in names and any(e.name == "duk" for e in engines):
        r = ratio("live-objects", "duk", 1)
        checks.append(("peak memory for 1,000,000 live objects ≤ duk's", r, None,
                       r is not None and r <= 1.0))

    def fmt_ratio(r):
        return "%.2f" % r if r is not None else "—"

    lines.append("## Targets")
    lines.append("")
    lines.append("Judged on CPU time (user + system), which a loaded machine distorts far less "
                 "than wall time; the wall-time ratio is shown beside it.  For the memory "
                 "target the ratio is of net peak RSS.")
    lines.append("")
    lines.append("| target | ratio (CPU or memory) | ratio (wall) | met |")
    lines.append("|---|---:|---:|:---:|")
    for text, cpu, wall, ok in checks:
        lines.append("| %s | %s | %s | %s |" % (text, fmt_ratio(cpu), fmt_ratio(wall),
                                               "yes" if ok else "**no**"))
    met = sum(1 for c in checks if c[3])
    lines.append("")
    lines.append("%d of %d targets met." % (met, len(checks)))
    lines.append("")

    report = "\n".join(lines)
    print(report)
    if args.output:
        with open(args.output, "w") as f:
            f.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
