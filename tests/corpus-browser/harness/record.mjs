#!/usr/bin/env node
// Records tests/corpus-browser/NAME.out from Debian's headless Chromium.
//
//   node record.mjs [options] [NAME[.js] ...]     (no names: every *.js)
//
//   --runs N        run every script N times (default 5); NAME.out is written
//                   only when all N outputs are identical
//   --check         compare with the committed NAME.out instead of writing
//   --print         print every run's output instead of writing
//   --jobs N        pages running at once (default 1; more = a loaded machine)
//   --real-fetch    verification only: no fetch stub, the loopback server
//                   answers the @fetch routes itself after their latency
//   --settle MS     silence that ends a run (default 1500)
//   --dir DIR       the corpus directory (default: the harness's parent)
//   --chromium PATH the browser (default /usr/bin/chromium, or $CHROMIUM)
//
// See ../README.md for the header keys, the capture format and how the
// recordings are kept deterministic.  Exit status: 0 when every script was
// recorded (or checked) with identical outputs, 1 otherwise, 2 on usage errors.

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LAUNCH_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const HARD_CAP_MS = 30000;       // a run that is still printing by then is an error
const LATE_CLICK_MS = 40;        // a click sent later than this makes the run void
const ATTEMPTS = 3;              // tries for a run whose clicks were late
const MOVE_AHEAD_MS = 150;       // the mouse is moved onto the element this early

// ---------------------------------------------------------------- options

function usage(message) {
  process.stderr.write(`record.mjs: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { runs: 5, check: false, print: false, jobs: 1, realFetch: false, settle: 1500,
              dir: path.resolve(HERE, '..'), chromium: process.env.CHROMIUM || '/usr/bin/chromium',
              names: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--runs') o.runs = Number(value());
    else if (a === '--check') o.check = true;
    else if (a === '--print') o.print = true;
    else if (a === '--jobs') o.jobs = Number(value());
    else if (a === '--real-fetch') o.realFetch = true;
    else if (a === '--settle') o.settle = Number(value());
    else if (a === '--dir') o.dir = path.resolve(value());
    else if (a === '--chromium') o.chromium = value();
    else if (a === '--help' || a === '-h') {
      process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8')
        .split('\n').filter((l) => l.startsWith('//')).slice(0, 20).map((l) => l.slice(3)).join('\n') + '\n');
      process.exit(0);
    } else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else o.names.push(path.basename(a).replace(/\.js$/, ''));
  }
  if (!(o.runs >= 1) || !(o.jobs >= 1) || !(o.settle >= 100)) usage('bad --runs, --jobs or --settle');
  return o;
}

// ---------------------------------------------------------------- header

// A problem with a script (not with the harness): reported, the others go on.
class ScriptError extends Error {}

// "50ms" or "50" -> 50
function parseTime(text, line) {
  const m = /^(\d+)(ms)?$/.exec(text || '');
  if (!m) throw new ScriptError(`line ${line}: expected a time like 50ms, got '${text}'`);
  return Number(m[1]);
}

// The header is the run of blank lines and // comments at the top of the
// file (as in src/engine/js-scenario.c); `// @key value` lines are directives.
export function parseHeader(source) {
  const header = { host: null, clicks: [], fetches: {} };
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('//')) break;
    const text = trimmed.slice(2).trim();
    if (!text.startsWith('@')) continue;
    const line = i + 1;
    const m = /^@([A-Za-z0-9_-]+)\s*(.*)$/.exec(text);
    const key = m[1];
    const value = m[2].trim();
    if (key === 'host') {
      header.host = value;
    } else if (key === 'title' || key === 'note') {
      // descriptive only
    } else if (key === 'click') {
      const [selector, time, ...rest] = value.split(/\s+/);
      if (!selector || rest.length) throw new ScriptError(`line ${line}: expected '@click SELECTOR TIME'`);
      header.clicks.push({ selector, time: parseTime(time, line) });
    } else if (key === 'fetch') {
      const fm = /^(\S+)(?:\s+(\S+))?(?:\s+(\S+))?(?:\s+(.*))?$/.exec(value);
      if (!fm || !fm[1].startsWith('/')) throw new ScriptError(`line ${line}: expected '@fetch /PATH [TIME [STATUS|error [BODY]]]'`);
      const route = { latency: fm[2] ? parseTime(fm[2], line) : 100, status: 200, body: '', error: false };
      if (fm[3] === 'error') {
        if (fm[4]) throw new ScriptError(`line ${line}: a network error has no body`);
        route.error = true;
      } else if (fm[3]) {
        if (!/^\d{3}$/.test(fm[3]) || +fm[3] < 200 || +fm[3] > 599)
          throw new ScriptError(`line ${line}: status must be 200-599 or 'error', got '${fm[3]}'`);
        route.status = Number(fm[3]);
        route.body = fm[4] ?? '';
      }
      if (header.fetches[fm[1]]) throw new ScriptError(`line ${line}: a second @fetch for ${fm[1]}`);
      header.fetches[fm[1]] = route;
    } else {
      throw new ScriptError(`line ${line}: unknown key @${key}`);
    }
  }
  if (header.host !== 'browser') throw new ScriptError("the header must say '// @host browser'");
  header.clicks.sort((a, b) => a.time - b.time);
  return header;
}

// ---------------------------------------------------------------- the page

const STATUS_TEXT = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently',
  302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 410: 'Gone', 422: 'Unprocessable Entity',
  429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout',
};

function contentType(body) {
  try {
    if (body !== '') { JSON.parse(body); return 'application/json'; }
  } catch { /* not JSON */ }
  return 'text/plain;charset=UTF-8';
}

// Runs in the page before the script: a fake window.fetch that answers the
// @fetch routes after their latency with a real Response.  It is written so
// that only what a script can observe through fetch() is changed.
function fetchStub(routes, statusText) {
  const setTimeoutO = window.setTimeout.bind(window);
  const clearTimeoutO = window.clearTimeout.bind(window);
  const NULL_BODY = [101, 103, 204, 205, 304];
  const fetch = function fetch(input, init) {
    // The real Request does fetch()'s argument checks; its signal is a
    // dependent signal of init.signal, as in a real fetch, so a fetch's
    // abort steps run after the listeners of the controller's own signal.
    let request;
    try {
      request = new Request(input, init);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      const signal = request.signal;
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      const url = new URL(request.url);
      const route = routes[url.pathname + url.search] || routes[url.pathname]
        || { latency: 100, status: 404, body: '', error: false, type: 'text/plain;charset=UTF-8' };
      let timer = 0;
      const onAbort = () => {
        clearTimeoutO(timer);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort);
      timer = setTimeoutO(() => {
        signal.removeEventListener('abort', onAbort);
        if (route.error) {
          reject(new TypeError('Failed to fetch'));
          return;
        }
        const nullBody = NULL_BODY.includes(route.status);
        const response = new Response(nullBody ? null : route.body, {
          status: route.status,
          statusText: statusText[route.status] || '',
          headers: nullBody ? {} : { 'content-type': route.type },
        });
        Object.defineProperty(response, 'url', { value: request.url });
        resolve(response);
      }, route.latency);
    });
  };
  Object.defineProperty(window, 'fetch', { value: fetch, writable: true, configurable: true, enumerable: true });
}

function pageHtml(script, header, realFetch) {
  if (/<\/script/i.test(script)) throw new ScriptError("a script may not contain '</script'");
  const routes = {};
  for (const [p, r] of Object.entries(header.fetches)) routes[p] = { ...r, type: contentType(r.body) };
  const stub = realFetch ? '' :
    `(${fetchStub.toString()})(${JSON.stringify(routes)}, ${JSON.stringify(STATUS_TEXT)});\n`;
  // The prelude is a script of its own, so that the corpus script starts on
  // an empty stack exactly as it would as the page's only script.
  // The fixture a script sees: a body with one button, then the script's own
  // <script> element (the prelude removes itself).
  return '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>' +
    '<body><button id="button">Click me</button>' +
    `<script>${stub}Object.defineProperty(window, '__lbT0', { value: performance.now() });` +
    'document.currentScript.remove();</script>' +
    `<script>\n${script}\n</script></body></html>\n`;
}

// One loopback server per run: the page, the favicon (404), and in
// --real-fetch mode the @fetch routes answered after their latency.
function startServer(html, header, realFetch) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    const route = realFetch && (header.fetches[url.pathname + url.search] || header.fetches[url.pathname]);
    const r = route || { latency: realFetch ? 100 : 0, status: 404, body: '', error: false };
    setTimeout(() => {
      if (r.error) { req.socket.destroy(); return; }
      const nullBody = [204, 205, 304].includes(r.status);
      res.writeHead(r.status, STATUS_TEXT[r.status] || '',
        nullBody ? { 'cache-control': 'no-store' }
          : { 'content-type': contentType(r.body), 'cache-control': 'no-store' });
      res.end(nullBody ? undefined : r.body);
    }, r.latency);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ---------------------------------------------------------------- capture

// One console.log argument: only strings and numbers are allowed, so that
// Chromium's and the engine's formatting cannot differ.
function formatArg(arg) {
  if (arg.type === 'string') return arg.value;
  if (arg.type === 'number') return arg.description;
  throw new ScriptError(`console.log got a ${arg.subtype || arg.type}; print only strings and numbers`);
}

// The thrown value of an uncaught exception or an unhandled rejection.
function formatThrown(exception) {
  if (!exception) return 'undefined';
  switch (exception.type) {
    case 'string': return exception.value;
    case 'number': return exception.description;
    case 'boolean': return String(exception.value);
    case 'undefined': return 'undefined';
    case 'object':
      if (exception.subtype === 'null') return 'null';
      if (exception.subtype === 'error') return exception.description.split('\n')[0];
      break;
    default:
      break;
  }
  throw new ScriptError(`a ${exception.subtype || exception.type} was thrown; throw Errors, strings or numbers`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function runOnce(context, name, source, options) {
  const header = parseHeader(source);
  const html = pageHtml(source, header, options.realFetch);
  const server = await startServer(html, header, options.realFetch);
  const page = await context.newPage();
  const lines = [];
  const problems = [];
  let lastEvent = Date.now();
  let lateClicks = 0;
  try {
    const cdp = await context.newCDPSession(page);
    cdp.on('Runtime.consoleAPICalled', (e) => {
      lastEvent = Date.now();
      try {
        if (e.type !== 'log') throw new ScriptError(`console.${e.type} used; use console.log only`);
        const args = e.args.map(formatArg);
        if (args.length > 1 && args[0].includes('%'))
          throw new ScriptError("a console.log with arguments after a '%' string");
        lines.push(args.join(' '));
      } catch (err) {
        problems.push(err.message);
      }
    });
    cdp.on('Runtime.exceptionThrown', (e) => {
      lastEvent = Date.now();
      const d = e.exceptionDetails;
      try {
        lines.push(`${d.text} ${formatThrown(d.exception)}`);
      } catch (err) {
        problems.push(err.message);
      }
    });
    cdp.on('Runtime.exceptionRevoked', (e) => {
      problems.push(`a rejection was handled late (${e.reason}); handle rejections in time or never`);
    });
    page.on('crash', () => problems.push('the page crashed'));
    await cdp.send('Runtime.enable');

    const { port } = server.address();
    const before = Date.now();
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    const sent = Date.now();
    const elapsed = await page.evaluate(() => performance.now() - window.__lbT0);
    const start = (sent + Date.now()) / 2 - elapsed;   // wall-clock time of the script's start
    void before;

    let lastDirective = Date.now();
    if (process.env.LB_DEBUG) process.stderr.write(`${name}: load seen ${Date.now() - start} ms after the script started\n`);
    for (const click of header.clicks) {
      // Find the element and move the mouse onto it ahead of time (a move is
      // aligned to the next frame, so it is slow); at the click's time only
      // the press and the release are sent, back to back.
      const ahead = start + click.time - MOVE_AHEAD_MS - Date.now();
      if (ahead > 0) await sleep(ahead);
      const box = await page.evaluate((selector) => {
        const el = document.querySelector(selector);
        const r = el && el.getBoundingClientRect();
        return r && r.width > 0 && r.height > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      }, click.selector);
      if (!box) throw new ScriptError(`@click ${click.selector}: no such visible element ${click.time - MOVE_AHEAD_MS}ms after the start`);
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: box.x, y: box.y, button: 'none', buttons: 0 });
      const wait = start + click.time - Date.now();
      if (wait > 0) await sleep(wait);
      const late = Date.now() - (start + click.time);
      const press = { x: box.x, y: box.y, button: 'left', buttons: 1, clickCount: 1 };
      await Promise.all([
        cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...press }),
        cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...press, buttons: 0 }),
      ]);
      if (late > LATE_CLICK_MS || process.env.LB_DEBUG)
        process.stderr.write(`record.mjs: ${name}: @click ${click.selector} ${click.time}ms was sent ${Math.round(late)} ms late, ` +
          `acknowledged after ${Math.round(Date.now() - (start + click.time))} ms\n`);
      if (late > LATE_CLICK_MS) lateClicks++;
      lastDirective = Date.now();
    }
    const fetchEnd = Math.max(0, ...Object.values(header.fetches).map((r) => r.latency));
    for (;;) {
      const now = Date.now();
      const quietSince = Math.max(lastEvent, lastDirective, start + fetchEnd);
      if (now - quietSince >= options.settle) break;
      if (now - start > HARD_CAP_MS) throw new ScriptError(`still running after ${HARD_CAP_MS} ms`);
      await sleep(50);
    }
  } finally {
    await page.close().catch(() => {});
    const closed = new Promise((r) => server.close(r));
    server.closeAllConnections();
    await closed;
  }
  if (problems.length) throw new ScriptError(problems.join('; '));
  return { output: lines.length ? lines.join('\n') + '\n' : '', lateClicks };
}

// A run whose clicks could not be sent on time does not count: try again.
async function runOnTime(context, name, source, options) {
  for (let attempt = 1; ; attempt++) {
    const { output, lateClicks } = await runOnce(context, name, source, options);
    if (!lateClicks) return output;
    if (attempt === ATTEMPTS) throw new ScriptError(`its clicks were late in ${ATTEMPTS} attempts (machine too busy?)`);
    process.stderr.write(`record.mjs: ${name}: run again (late click)\n`);
  }
}

// ---------------------------------------------------------------- main

const WARM_UP = `// warm-up
// @host browser
// @click #button 150ms
// @fetch /warm-up 50ms 200 {"ok":1}
setTimeout(() => console.log('warm'), 10);
requestAnimationFrame(() => console.log('frame'));
fetch('/warm-up').then((r) => r.json()).then(() => console.log('fetched'));
document.querySelector('#button').addEventListener('click', () => console.log('click'));
`;

async function launch(options) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lb-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.chromium,
    headless: true,
    args: LAUNCH_FLAGS,
    viewport: { width: 800, height: 600 },
  });
  return { context, userDataDir };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(options.chromium)) usage(`${options.chromium} not found (apt-get install chromium)`);
  let names = options.names;
  if (!names.length) {
    names = fs.readdirSync(options.dir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort();
  }
  for (const n of names) {
    if (!fs.existsSync(path.join(options.dir, `${n}.js`))) usage(`no such script: ${n}.js`);
  }

  const { context, userDataDir } = await launch(options);
  const version = context.browser()?.version() ?? 'unknown';
  process.stderr.write(`record.mjs: Chromium ${version}, ${names.length} script(s) x ${options.runs} run(s)` +
    `${options.realFetch ? ', real fetch' : ''}\n`);
  // A cold browser starts the first page slowly (its timers and clicks come
  // late): warm it up with a throw-away run.
  await runOnce(context, 'warm-up', WARM_UP, { ...options, settle: 300 });
  const outputs = new Map(names.map((n) => [n, []]));
  const errors = new Map();
  try {
    for (let run = 0; run < options.runs; run++) {
      const queue = names.filter((n) => !errors.has(n));
      const workers = Array.from({ length: options.jobs }, async () => {
        while (queue.length) {
          const name = queue.shift();
          try {
            const source = fs.readFileSync(path.join(options.dir, `${name}.js`), 'utf8');
            outputs.get(name).push(await runOnTime(context, name, source, options));
          } catch (err) {
            if (!(err instanceof ScriptError)) throw err;
            errors.set(name, err.message);
          }
        }
      });
      await Promise.all(workers);
      process.stderr.write(`record.mjs: run ${run + 1}/${options.runs} done\n`);
    }
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  let bad = 0;
  for (const name of names) {
    const outs = outputs.get(name);
    if (errors.has(name)) {
      bad++;
      process.stdout.write(`ERROR    ${name}: ${errors.get(name)}\n`);
      continue;
    }
    const distinct = [...new Set(outs)];
    if (options.print) {
      distinct.forEach((o, i) => {
        const count = outs.filter((x) => x === o).length;
        process.stdout.write(`=== ${name} (variant ${i + 1}: ${count}/${outs.length} runs)\n${o}`);
      });
      if (distinct.length > 1) bad++;
      continue;
    }
    if (distinct.length > 1) {
      bad++;
      process.stdout.write(`UNSTABLE ${name}: ${distinct.length} different outputs in ${outs.length} runs\n`);
      distinct.forEach((o, i) => process.stdout.write(`  --- variant ${i + 1} (${outs.filter((x) => x === o).length} runs)\n` +
        o.split('\n').map((l) => `  | ${l}`).join('\n') + '\n'));
      continue;
    }
    const outPath = path.join(options.dir, `${name}.out`);
    if (options.check) {
      const old = fs.existsSync(outPath) ? fs.readFileSync(outPath, 'utf8') : null;
      if (old === distinct[0]) {
        process.stdout.write(`ok       ${name} (${outs.length}/${outs.length} runs)\n`);
      } else {
        bad++;
        process.stdout.write(`DIFFERS  ${name}: Chromium now prints\n` +
          distinct[0].split('\n').map((l) => `  | ${l}`).join('\n') + '\n');
      }
    } else {
      fs.writeFileSync(outPath, distinct[0]);
      process.stdout.write(`recorded ${name} (${outs.length}/${outs.length} identical runs)\n`);
    }
  }
  process.stderr.write(`record.mjs: ${names.length - bad} good, ${bad} bad\n`);
  process.exit(bad ? 1 : 0);
}

main().catch((err) => {
  process.stderr.write(`record.mjs: ${err.stack || err}\n`);
  process.exit(1);
});
