#!/usr/bin/env python3
"""Run the browser golden corpus against a CLI and print TAP (version 13).

    run-browser-corpus.py --cli PATH --dir DIR [--known-failures FILE]
                          [--update-known-failures] [--jobs N] [--timeout S]
                          [--retries N] [NAME ...]

For every DIR/NAME.js (sorted by name) the CLI is run as
`PATH --host=browser NAME.js` with DIR as the working directory.  Its stdout
must equal DIR/NAME.out byte for byte (recorded from headless Chromium by
harness/record.sh).  The exit code is not compared (a page has none), but
a CLI killed by a signal fails.  Stderr is ignored.

Names listed in the known-failures file are reported with a TAP TODO
directive: `not ok K NAME # TODO known failure: REASON` when they fail (an
expected failure) and `ok K NAME # TODO known failure: REASON` when they
pass (an unexpected pass, which meson counts as a failure, so that the list
has to be kept honest).

--update-known-failures rewrites the known-failures file so that it lists
exactly the scripts that fail now, keeping the reasons already written and
giving new entries the reason "not yet supported".

Scripts that fail are run again, one at a time, after the parallel pass
(--retries, default 2; not known failures, not after a timeout).  A script
that passes on a retry is reported as passing, with a "# passed on retry"
diagnostic.

The exit status is 0 whenever the TAP stream was produced (the verdict is
in the stream), 2 on usage errors.  Only the Python standard library is
used.  Everything but running one script is tests/corpus/run-corpus.py's.
"""

import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the source tree clean

_spec = importlib.util.spec_from_file_location(
    "run_corpus", os.path.join(HERE, "..", "corpus", "run-corpus.py"))
run_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(run_corpus)

def run_one(cli, directory, name, timeout):
    """Run one script; return (passed, diagnostics)."""
    with open(os.path.join(directory, name + ".out"), "rb") as f:
        expected_out = f.read()
    result = run_corpus.run_script([cli, "--host=browser", name + ".js"], directory, timeout)
    if result[0] is None:
        return False, result[1]
    returncode, stdout, stderr = result
    diags = []
    if stdout != expected_out:
        diags += run_corpus.first_difference(expected_out, stdout)
    if returncode < 0:
        diags.append("killed by signal %d" % -returncode)
    if diags:
        err = stderr.strip().split(b"\n")
        if err and err[0]:
            diags.append("  stderr: " + run_corpus.show(err[0]))
    return not diags, diags

if __name__ == "__main__":
    sys.exit(run_corpus.main(description=__doc__.split("\n")[0], run=run_one))
