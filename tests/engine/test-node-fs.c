/* test-node-fs.c: require('fs') over the in-memory file system, its
 * errors, and when its callbacks run.  The cases whose names start with
 * "model" check the virtual-time model (each thread-pool round trip takes
 * 0.3 ms; see docs/engine-gaps.md #20), where Node's own order is racy; the
 * others were recorded with Node v20.20.2 (the script's own path differs,
 * so none prints it).  Every case also runs traced with the collector at
 * every safepoint. */
#include <glib.h>
#include <string.h>

#include "js-trace.h"
#include "script-case.h"

static const Case cases[] = {
  { "io-phase",
    "const fs = require('fs');\n"
    "fs.readFile(__filename, 'utf8', (err, text) => {\n"
    "  console.log(err, text.length === Buffer.byteLength(text), text.split('\\n')[0]);\n"
    "  setTimeout(() => console.log('timeout'), 0);\n"
    "  setImmediate(() => console.log('immediate'));\n"
    "});\n"
    "console.log(fs.readFileSync(__filename, 'utf8').split('\\n')[0]);\n",
    "const fs = require('fs');\n"
    "null true const fs = require('fs');\n"
    "immediate\n"
    "timeout\n",
    0 },
  { "open-file-survives-unlink",
    "const fs = require('fs');\n"
    "fs.writeFileSync('/tmp/x.txt', 'abc');\n"
    "fs.writeFile('/tmp/x.txt', 'replaced', (err) => console.log('write done', err));\n"
    "fs.readFile('/tmp/x.txt', 'utf8', (err, t) => console.log('read sees', t));\n"
    "fs.unlink('/tmp/x.txt', (err) => console.log('unlink', err && err.code));\n",
    "unlink null\n"
    "write done null\n"
    "read sees replaced\n",
    0 },
  { "errors",
    "const fs = require('fs');\n"
    "try { fs.readFile('x'); } catch (e) { console.log(e.code, e.message); }\n"
    "try { fs.stat(5, () => {}); } catch (e) { console.log(e.code, e.message); }\n"
    "try { fs.writeFile('/tmp/y', Symbol('s'), () => {}); } catch (e) { console.log(e.code, e.message); }\n"
    "fs.promises.writeFile('/tmp/y', 1).catch((e) => console.log('rejected', e.code));\n"
    "fs.readFile('/nope/deeper', (e) => console.log(e.message, e.errno, e.syscall, e.path));\n"
    "fs.mkdir('/tmp/lb-a/b', (e) => console.log(e.message));\n"
    "fs.mkdir('/tmp/lb-a/b', { recursive: true }, (e, first) => {\n"
    "  console.log(e, first);\n"
    "  fs.readdir('/tmp/lb-a', (e, names) => {\n"
    "    console.log(names);\n"
    "    fs.rmdir('/tmp/lb-a', (e) => {\n"
    "      console.log(e.code);\n"
    "      fs.rmdirSync('/tmp/lb-a/b');\n"
    "      fs.rmdirSync('/tmp/lb-a');\n"
    "    });\n"
    "  });\n"
    "});\n",
    "ERR_INVALID_ARG_TYPE The \"cb\" argument must be of type function. Received undefined\n"
    "ERR_INVALID_ARG_TYPE The \"path\" argument must be of type string or an instance of Buffer or URL. "
    "Received type number (5)\n"
    "ERR_INVALID_ARG_TYPE The \"data\" argument must be of type string or an instance of Buffer, "
    "TypedArray, or DataView. Received type symbol (Symbol(s))\n"
    "rejected ERR_INVALID_ARG_TYPE\n"
    "ENOENT: no such file or directory, open '/nope/deeper' -2 open /nope/deeper\n"
    "ENOENT: no such file or directory, mkdir '/tmp/lb-a/b'\n"
    "null /tmp/lb-a\n"
    "[ 'b' ]\n"
    "ENOTEMPTY\n",
    0 },
  { "readfile-in-timer",
    "const fs = require('fs');\n"
    "const start = Date.now();\n"
    "setTimeout(() => {\n"
    "  fs.readFile(__filename, () => console.log('read after', Date.now() - start >= 1));\n"
    "  setImmediate(() => console.log('immediate'));\n"
    "}, 0);\n"
    "process.on('exit', () => console.log('exit'));\n",
    "immediate\n"
    "read after true\n"
    "exit\n",
    0 },
  { "uncaught-in-callback",
    "const fs = require('fs');\n"
    "process.on('uncaughtException', (e) => console.log('caught', e.message));\n"
    "fs.readFile(__filename, () => {\n"
    "  process.nextTick(() => console.log('tick after throw'));\n"
    "  throw new Error('boom');\n"
    "});\n"
    "fs.stat(__filename, () => console.log('stat ok'));\n",
    "stat ok\n"
    "caught boom\n"
    "tick after throw\n",
    0 },
  { "stats-encodings-paths",
    "const fs = require('fs');\n"
    "const s = fs.statSync('/tmp');\n"
    "console.log(s.constructor.name, s.isDirectory(), s.isFile(), s.isSymbolicLink(), typeof s.mtimeMs, "
    "s.mtime instanceof Date);\n"
    "const buf = Buffer.from('hi');\n"
    "fs.writeFileSync('/tmp/u', buf);\n"
    "buf[0] = 72;\n"
    "console.log(fs.readFileSync('/tmp/u', 'latin1'), fs.readFileSync('/tmp/u', { encoding: 'base64' }));\n"
    "fs.appendFileSync('/tmp/u', '!', { flag: 'a' });\n"
    "fs.writeFileSync('/tmp/u', '?', { flag: 'a' });\n"
    "console.log(fs.readFileSync('/tmp/u').toString(), fs.readFileSync(Buffer.from('/tmp/u'), 'utf8'), "
    "fs.readFileSync(new URL('file:///tmp/u'), 'utf8'));\n"
    "try { fs.readFileSync(new URL('http://example.com/u')); } catch (e) { console.log(e.code, e.message); }\n",
    "Stats true false false number true\n"
    "hi aGk=\n"
    "hi!? hi!? hi!?\n"
    "ERR_INVALID_URL_SCHEME The URL must be of scheme file\n",
    0 },
  { "model-latency",
    "const fs = require('fs');\n"
    "fs.stat(__filename, () => {\n"
    "  const t = performance.now();\n"
    "  fs.readFile(__filename, () => console.log('readFile', (performance.now() - t).toFixed(1), 'ms'));\n"
    "  fs.writeFile('/tmp/t', 'x', () => console.log('writeFile', (performance.now() - t).toFixed(1), 'ms'));\n"
    "  fs.stat(__filename, () => console.log('stat', (performance.now() - t).toFixed(1), 'ms'));\n"
    "});\n",
    "stat 0.3 ms\n"
    "writeFile 0.9 ms\n"
    "readFile 1.2 ms\n",
    0 },
  { "model-immediates-first",
    "const fs = require('fs');\n"
    "let n = 0;\n"
    "fs.readFile(__filename, () => console.log('readFile after', n, 'immediates'));\n"
    "(function spin() { if (++n < 50) setImmediate(spin); })();\n",
    "readFile after 50 immediates\n",
    0 },
};

static void
discard_output (JsState *J, JsStream stream, const char *text, gsize length, gpointer user_data)
{
}

/* The trace shows a request in the oven for its whole chain of round
 * trips (1.2 ms for readFile, shown in whole ms), then its callback taken
 * from the I/O counter in the poll phase. */
static void
test_trace (void)
{
  static const char source[] = "require('fs').readFile(__filename, () => console.log('read'));\n";
  JsOptions options;
  JsState *J;
  JsTrace *trace;
  GString *out = g_string_new (NULL);
  gboolean in_poll = FALSE;

  js_options_init (&options);
  options.record_trace = TRUE;
  J = js_state_new (&options);
  js_state_set_output (J, discard_output, NULL);
  js_state_run (J, source, strlen (source), "/work/scenario.js");
  trace = js_state_steal_trace (J);
  js_state_free (J);
  for (guint64 seq = 0; seq < js_trace_get_n_events (trace); seq++)
    {
      JsTraceEvent ev;

      js_trace_get_event (trace, seq, &ev);
      if (ev.kind == JS_TRACE_PHASE)
        in_poll = ev.sub == JS_TRACE_PHASE_POLL;
      else if (ev.kind == JS_TRACE_CONSOLE)
        g_string_append_printf (out, "console %s", ev.text);
      else if (ev.task == JS_TRACE_TASK_FILE_SYSTEM &&
               (ev.kind == JS_TRACE_WEBAPI_ADD || ev.kind == JS_TRACE_WEBAPI_DONE ||
                ev.kind == JS_TRACE_TASK_ENQUEUE || ev.kind == JS_TRACE_TASK_RUN))
        g_string_append_printf (out, "%s %s %s%s\n", js_trace_event_kind_name (ev.kind), js_trace_queue_name (ev.sub),
                                ev.kind == JS_TRACE_WEBAPI_ADD ? (ev.delay_ms == 1 ? "delay=1 " : "delay=? ") : "",
                                in_poll ? "in poll" : "outside poll");
    }
  g_assert_cmpstr (out->str, ==,
                   "webapi-add webapi delay=1 outside poll\n"
                   "webapi-done webapi in poll\n"
                   "task-enqueue io in poll\n"
                   "task-run io in poll\n"
                   "console read\n");
  g_string_free (out, TRUE);
  js_trace_free (trace);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add_cases ("/engine/node-fs", cases, G_N_ELEMENTS (cases));
  g_test_add_func ("/engine/node-fs/trace", test_trace);
  return g_test_run ();
}
