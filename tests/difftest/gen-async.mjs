#!/usr/bin/env node
// gen-async.mjs SEED: prints one random event-loop ordering puzzle (a
// CommonJS script) whose output Node 20 fixes deterministically.
//
// The puzzles mix what interview questions mix: timers, immediates,
// nextTick, queueMicrotask, promise chains, executors resolving with
// promises and thenables, async functions, async generators, combinators,
// EventEmitter, process events, fs callbacks and busy waits.
//
// Races.  Node runs in real time; the engine in virtual time.  Every
// macrotask gets an estimated interval of real time [lo, hi] (ms since the
// script started) in which it runs, and a new timer or immediate is only
// generated when no macrotask of another callback runs within MARGIN ms of
// it, so the orderings the script prints come from the loop's structure,
// never from how fast this machine happens to be.  Where the interval of a
// continuation is unknown (e.g. after Promise.all of delayed inputs) the
// context is `noMacro`: it may only log and queue microtasks.

const seed = Number(process.argv[2] ?? 1) >>> 0;

function mulberry32 (a) {
  return function () {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(seed * 2654435761 + 12345);
const int = (n) => Math.floor(random() * n);
const range = (a, b) => a + int(b - a + 1);
const chance = (p) => random() < p;
const pick = (array) => array[int(array.length)];
function weighted (entries) {
  const live = entries.filter(([w]) => w > 0);
  let total = 0;
  for (const [w] of live) total += w;
  let r = random() * total;
  for (const [w, v] of live) {
    r -= w;
    if (r < 0) return v;
  }
  return live[live.length - 1][1];
}

// ---------------------------------------------------------------- labels
const labelStyle = weighted([[3, 'letters'], [2, 'numbers'], [4, 'words']]);
let labelCount = 0;
function letters (n) {
  let s = '';
  do { s = String.fromCharCode(65 + (n % 26)) + s; n = Math.floor(n / 26) - 1; } while (n >= 0);
  return s;
}
function label (kind) {
  const n = labelCount++;
  if (labelStyle === 'letters') return letters(n);
  if (labelStyle === 'numbers') return String(n + 1);
  return `${kind} ${n + 1}`;
}
const q = (s) => `'${s}'`;
const log = (kind) => `console.log(${q(label(kind))});`;
let idCount = 0;
const fresh = (prefix) => `${prefix}${++idCount}`;
let valueCount = 0;
const freshValue = () => `v${++valueCount}`;
let errorCount = 0;
const freshError = () => `e${++errorCount}`;
const indent = (lines) => lines.map((l) => '  ' + l);

// ------------------------------------------------------------- time model
// This machine is loaded (2 cores, load 10): Node is often descheduled for
// 10 ms or more, so the margins are wide.
const MARGIN = 15;      // ms between macrotasks of different callbacks
const SAME_RUN_GAP = 3; // ms between distinct timers of one callback
const MAIN_GAP = 8;     // ms between distinct timers of the main script
const IMMEDIATE_GAP = 15;// ms between a timer and an immediate of main or an immediate
let runCount = 0;
function newRun (kind, lo, hi, extra = {}) {
  return { id: ++runCount, kind, lo, hi, immediateDepth: 0, early: false, ...extra };
}
const events = [];      // { lo, hi, run (creator), type, due, early, live }
const gap = (a, b) => Math.max(a.lo - b.hi, b.lo - a.hi);

// Main's busy wait (at most one, at a planned top-level statement).
const mainWait = chance(0.15) ? { w: pick([5, 10, 15, 20]), at: 0 } : null;
const mainRun = newRun('main', 0, 0.5);

function conflicts (candidate) {
  for (const ev of events) {
    if (!ev.live) continue;
    if (ev.run === candidate.run) {
      if (!sameRunCompatible(ev, candidate)) return true;
      continue;
    }
    if (ev.type === 'immediate' && candidate.type === 'immediate') continue;
    if (ev.type === 'io' || candidate.type === 'io') {
      const [io, other] = ev.type === 'io' ? [ev, candidate] : [candidate, ev];
      if (other.type === 'io') return true;           // two requests in flight race
      if (io.fromMain && other.early) continue;       // the loop's first turns come first
    }
    if (gap(ev, candidate) < MARGIN) return true;
  }
  return false;
}

function sameRunCompatible (a, b) {
  const kind = a.runKind;
  if (a.type === 'busy' || b.type === 'busy') return true;
  if (a.type === 'timer' && b.type === 'timer') {
    if (a.due.lo === b.due.lo && a.due.hi === b.due.hi) return true;
    // Main's microtasks run after the whole script, which takes a while.
    return gap(a.due, b.due) >= (a.run === mainRun ? MAIN_GAP : SAME_RUN_GAP);
  }
  if (a.type === 'immediate' && b.type === 'immediate') return true;
  if (a.type === 'io' || b.type === 'io') {
    const other = a.type === 'io' ? b : a;
    if (other.type === 'io') return false;
    if (other.early) return true;
    return gap(a, b) >= MARGIN;
  }
  // A timer and an immediate queued by one callback: from a timer or an I/O
  // callback the immediate always runs first; from main or an immediate it
  // depends on how soon the loop gets back to its timers phase.
  if (kind === 'timer' || kind === 'io') return true;
  const timer = a.type === 'timer' ? a : b;
  const immediate = a.type === 'timer' ? b : a;
  return gap(timer.due, immediate) >= IMMEDIATE_GAP;
}

function register (ev) {
  if (conflicts(ev)) return false;
  ev.live = true;
  events.push(ev);
  return true;
}

// The interval a timer of `delay` created now in `ctx` is due in and runs in.
function timerTimes (ctx, delay) {
  const m = Math.max(delay, 1);
  const cur = cursor(ctx);
  const due = { lo: cur.lo + m, hi: cur.hi + m + 0.5 };
  let lo = due.lo;
  let hi = due.hi + 1;
  if (ctx.run === mainRun && mainWait) {
    // Nothing runs before main (and its busy wait) ends.
    const end = mainWaitEnd();
    lo = Math.max(lo, end.lo);
    hi = Math.max(hi, end.hi + 1);
  }
  return { due, lo, hi };
}

function mainWaitEnd () {
  return { lo: mainRun.lo + mainWait.w - 1, hi: mainRun.hi + mainWait.w + 2 };
}

// Where the code being generated runs.  Main's nested callbacks (ticks,
// microtasks, executors, listeners) may run before or after its busy wait.
function cursor (ctx) {
  const run = ctx.run;
  if (run === mainRun && mainWait) {
    if (ctx.depth === 0) return mainWait.done ? mainWaitEnd() : { lo: run.lo, hi: run.hi };
    return { lo: run.lo, hi: mainWaitEnd().hi };
  }
  return { lo: run.lo, hi: run.hi };
}

// Where an immediate created now in ctx runs.
function immediateTimes (ctx) {
  const run = ctx.run;
  let cur = cursor(ctx);
  if (run === mainRun && mainWait) cur = mainWaitEnd();
  const depth = run.kind === 'immediate' ? run.immediateDepth + 1 : 1;
  return { lo: cur.lo, hi: cur.hi + 1 + 0.5 * depth, depth };
}

// A busy wait at the start of a timer's callback: nothing of another
// callback may be due while it spins, and what the callback schedules
// afterwards starts later.
function busyWait (run) {
  const w = pick([5, 10, 20]);
  const ev = { type: 'busy', run, runKind: run.kind, lo: run.lo, hi: run.hi + w + 2 };
  if (!register(ev)) return [];
  run.lo += w - 1;
  run.hi += w + 2;
  const s = fresh('start');
  return [`const ${s} = Date.now();`, `while (Date.now() - ${s} < ${w}) {}`];
}

function tryTimer (ctx, delays) {
  const order = delays.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const delay of order) {
    const t = timerTimes(ctx, delay);
    const ev = { type: 'timer', run: ctx.run, runKind: ctx.run.kind, due: t.due, lo: t.lo, hi: t.hi,
      early: ctx.run === mainRun && delay <= 1 && !mainWait };
    if (register(ev)) {
      const run = newRun('timer', t.lo, t.hi, { early: ev.early });
      return { delay, run, ev };
    }
  }
  return null;
}

function tryImmediate (ctx) {
  const t = immediateTimes(ctx);
  const fromMainish = ctx.run === mainRun || (ctx.run.kind === 'immediate' && ctx.run.fromMain) ||
    (ctx.run.kind === 'timer' && ctx.run.early);
  const early = fromMainish && t.depth <= 2 && !(ctx.run.kind === 'timer' && t.depth > 1);
  const ev = { type: 'immediate', run: ctx.run, runKind: ctx.run.kind, lo: t.lo, hi: t.hi, early };
  if (!register(ev)) return null;
  const run = newRun('immediate', t.lo, t.hi, { immediateDepth: t.depth, early,
    fromMain: ctx.run === mainRun || ctx.run.fromMain });
  return { run, ev };
}

function tryIo (ctx) {
  const cur = cursor(ctx);
  const ev = { type: 'io', run: ctx.run, runKind: ctx.run.kind, lo: cur.lo + 1.2, hi: cur.hi + 60,
    fromMain: ctx.run === mainRun };
  if (!register(ev)) return null;
  return { run: newRun('io', ev.lo, ev.hi), ev };
}

// ----------------------------------------------------------- budget & ctx
const budget = { statements: range(14, 40) };
const spend = (n = 1) => { budget.statements -= n; return budget.statements > 0; };
const features = {};
const decls = [];       // helper declarations placed before the main code
const prelude = [];     // require()s and process handlers

function child (ctx, changes) {
  return { ...ctx, depth: ctx.depth + 1, ...changes };
}

// ---------------------------------------------------------------- values
// A value expression: { code, rejects, after } where `after` says where a
// continuation that waits for it runs: 'same' (a microtask of this
// callback), a run object (a timer's callback), or 'unknown'.

function needSleep () {
  if (!features.sleep) {
    features.sleep = true;
    decls.push('const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));');
  }
}

function asyncHelper (rejects) {
  const name = fresh(pick(['task', 'fetchData', 'step', 'load', 'work']));
  const value = freshValue();
  const body = [];
  if (chance(0.7)) body.push(log(name));
  const awaits = weighted([[3, 0], [3, 1], [1, 2]]);
  for (let i = 0; i < awaits; i++) {
    const v = simpleValue(false);
    body.push(chance(0.5) ? `await ${v.code};` : `const r${i} = await ${v.code};`);
    if (chance(0.4)) body.push(log(name));
  }
  if (rejects) body.push(`throw new Error(${q(freshError())});`);
  else {
    const ret = weighted([
      [4, q(value)],
      [2, `Promise.resolve(${q(value)})`],
      [1, `{ then(resolve) { resolve(${q(value)}); } }`],
      [1, 'undefined'],
    ]);
    body.push(`return ${ret};`);
  }
  const style = weighted([[3, 'decl'], [1, 'arrow']]);
  if (style === 'decl') decls.push(`async function ${name}() {`, ...indent(body), '}');
  else decls.push(`const ${name} = async () => {`, ...indent(body), '};');
  return `${name}()`;
}

// Values that settle without any macrotask.
function simpleValue (allowReject) {
  const v = freshValue();
  const e = freshError();
  const choice = weighted([
    [4, 'plain'], [4, 'resolved'], [allowReject ? 2 : 0, 'rejected'],
    [2, 'thenable'], [allowReject ? 1 : 0, 'rejectingThenable'],
    [2, 'executor'], [1, 'resolveWithPromise'], [1, 'resolveWithThenable'],
    [allowReject ? 1 : 0, 'executorThrows'], [1, 'thenChain'],
    [2, 'asyncCall'], [allowReject ? 1 : 0, 'asyncThrows'],
    [1, 'nextTick'], [1, 'iife'], [0.7, 'subclass'], [0.4, 'patchedThen'],
  ]);
  switch (choice) {
    case 'plain': return { code: pick([q(v), String(range(1, 99)), 'null']), rejects: false };
    case 'resolved': return { code: `Promise.resolve(${q(v)})`, rejects: false };
    case 'rejected': return { code: `Promise.reject(new Error(${q(e)}))`, rejects: true };
    case 'thenable': {
      const inner = chance(0.5) ? ` ${log('thenable')}` : '';
      return { code: `{ then(resolve) {${inner} resolve(${q(v)}); } }`, rejects: false };
    }
    case 'rejectingThenable':
      return { code: `{ then(_, reject) { reject(new Error(${q(e)})); } }`, rejects: true };
    case 'executor': {
      const before = chance(0.5) ? ` ${log('executor')}` : '';
      const after = chance(0.3) ? ` ${log('executor')}` : '';
      return { code: `new Promise((resolve) => {${before} resolve(${q(v)});${after} })`, rejects: false };
    }
    case 'resolveWithPromise':
      return { code: `new Promise((resolve) => resolve(Promise.resolve(${q(v)})))`, rejects: false };
    case 'resolveWithThenable':
      return { code: `new Promise((resolve) => resolve({ then(r) { r(${q(v)}); } }))`, rejects: false };
    case 'executorThrows':
      return { code: `new Promise(() => { throw new Error(${q(e)}); })`, rejects: true };
    case 'thenChain': {
      const n = range(1, 3);
      let code = 'Promise.resolve()';
      for (let i = 0; i < n; i++) code += i === n - 1 ? `.then(() => ${q(v)})` : '.then(() => {})';
      return { code, rejects: false };
    }
    case 'asyncCall': return { code: asyncHelper(false), rejects: false };
    case 'asyncThrows': return { code: asyncHelper(true), rejects: true };
    case 'nextTick':
      return { code: `new Promise((resolve) => process.nextTick(resolve, ${q(v)}))`, rejects: false };
    case 'subclass':
      needSubclass();
      return { code: pick([`MyPromise.resolve(${q(v)})`, `new MyPromise((resolve) => resolve(${q(v)}))`]), rejects: false };
    case 'patchedThen':
      // A native promise whose own `then` is not %Promise.prototype.then%: awaiting it calls it.
      return { code: `Object.assign(Promise.resolve(${q(v)}), { then(f, r) { ${log('patched then')} return Promise.prototype.then.call(this, f, r); } })`,
        rejects: false };
    case 'iife':
      return { code: pick([`(async () => ${q(v)})()`, `(async () => { await null; return ${q(v)}; })()`,
        `(async () => Promise.resolve(${q(v)}))()`]), rejects: false };
  }
  throw new Error('unreachable');
}

function needSubclass () {
  if (!features.subclass) {
    features.subclass = true;
    decls.push('class MyPromise extends Promise {}');
  }
}

function needDelay () {
  if (!features.delay) {
    features.delay = true;
    prelude.push(pick(["const { setTimeout: delay } = require('timers/promises');",
      "const delay = require('util').promisify(setTimeout);"]));
  }
}

// A value that may also wait for a timer created here.
function anyValue (ctx, allowReject) {
  if (!ctx.noMacro && chance(0.25)) {
    const delays = [0, 1, 2, 5, 10, 20, 50, 100];
    const timer = tryTimer(ctx, delays);
    if (timer) {
      const v = freshValue();
      const e = freshError();
      if (allowReject && chance(0.2)) {
        return { code: `new Promise((_, reject) => setTimeout(() => reject(new Error(${q(e)})), ${timer.delay}))`,
          rejects: true, after: timer.run };
      }
      if (chance(0.4)) {
        needSleep();
        return { code: `sleep(${timer.delay}).then(() => ${q(v)})`, rejects: false, after: timer.run };
      }
      if (chance(0.3)) {
        needDelay();
        return { code: `delay(${timer.delay}, ${q(v)})`, rejects: false, after: timer.run };
      }
      return { code: `new Promise((resolve) => setTimeout(() => resolve(${q(v)}), ${timer.delay}))`,
        rejects: false, after: timer.run };
    }
  }
  return { ...simpleValue(allowReject), after: 'same' };
}

// Continuation context after waiting for values.
function after (ctx, ...values) {
  let run = null;
  for (const v of values) {
    if (v.after === 'same' || v.after === undefined) continue;
    if (v.after === 'unknown' || run) return child(ctx, { noMacro: true });
    run = v.after;
  }
  return run ? child(ctx, { run }) : ctx;
}

// ------------------------------------------------------------- statements
function block (ctx, min, max) {
  const n = range(min, max);
  const lines = [];
  for (let i = 0; i < n; i++) {
    if (!spend() && i >= min) break;
    lines.push(...statement(ctx));
  }
  return lines;
}

function small (ctx) {
  // The body of a nested callback: a log, sometimes more.
  const lines = [log(ctx.kindName ?? 'cb')];
  if (ctx.depth < 4 && budget.statements > 0 && chance(0.55)) lines.push(...block(ctx, 1, 2));
  if (chance(0.15)) lines.push(log(ctx.kindName ?? 'cb'));
  return lines;
}

function statement (ctx) {
  const deep = ctx.depth >= 3 || budget.statements <= 0;
  const macro = !ctx.noMacro && !deep;
  const kind = weighted([
    [deep ? 6 : 3, 'log'],
    [macro ? 3 : 0, 'timeout'],
    [macro ? 2 : 0, 'immediate'],
    [deep ? 0 : 2.5, 'nextTick'],
    [deep ? 0 : 1.5, 'microtask'],
    [deep ? 0 : 3, 'chain'],
    [deep ? 0 : 2, 'executor'],
    [deep ? 0 : 3, 'asyncFn'],
    [deep ? 0 : 1.2, 'combinator'],
    [deep ? 0 : 0.8, 'asyncGen'],
    [macro && ctx.depth <= 1 ? 0.6 : 0, 'interval'],
    [macro ? 0.6 : 0, 'clearTimeout'],
    [deep ? 0 : 0.8, 'emitter'],
    [ctx.inAsync && !deep ? 1.5 : 0, 'await'],
    [macro && !features.fs && ctx.run === mainRun ? 0.4 : 0, 'fs'],
    [!deep && !features.unhandled && ctx.depth <= 2 ? 0.25 : 0, 'unhandled'],
    [macro && !features.uncaught && ctx.depth <= 1 ? 0.2 : 0, 'uncaught'],
    [!deep && !features.uncaught && ctx.depth <= 2 ? 0.15 : 0, 'throwInTick'],
    [!deep ? 0.4 : 0, 'genProtocol'],
    [!deep ? 0.4 : 0, 'eventsOnce'],
    [macro ? 0.4 : 0, 'clearImmediate'],
    [!features.exitCode && ctx.depth <= 2 ? 0.2 : 0, 'exitCode'],
    [!features.exit && ctx.depth >= 1 && ctx.depth <= 2 ? 0.08 : 0, 'processExit'],
  ]);
  return generators[kind](ctx);
}

const generators = {
  log (ctx) {
    return [log(ctx.kindName ?? 'sync')];
  },

  timeout (ctx) {
    const delays = ctx.run === mainRun
      ? [0, 0, 0, 1, 2, 5, 10, 10, 20, 50, 100]
      : [0, 0, 0, 1, 5, 10, 20, 50];
    const timer = tryTimer(ctx, delays);
    if (!timer) return [log(ctx.kindName ?? 'sync')];
    const busy = ctx.depth <= 1 && chance(0.12) ? busyWait(timer.run) : [];
    const body = [...busy, ...small(child(ctx, { run: timer.run, kindName: 'timeout', inAsync: false }))];
    const delay = timer.delay === 0 && chance(0.3) ? '' : `, ${timer.delay}`;
    if (delay === '' ) return [`setTimeout(() => {`, ...indent(body), `});`];
    return [`setTimeout(() => {`, ...indent(body), `}${delay});`];
  },

  immediate (ctx) {
    const imm = tryImmediate(ctx);
    if (!imm) return [log(ctx.kindName ?? 'sync')];
    const body = small(child(ctx, { run: imm.run, kindName: 'immediate', inAsync: false }));
    return ['setImmediate(() => {', ...indent(body), '});'];
  },

  nextTick (ctx) {
    const body = small(child(ctx, { kindName: 'nextTick', inAsync: false }));
    if (body.length === 1 && chance(0.4)) {
      const m = body[0].match(/^console\.log\((.*)\);$/);
      if (m) return [`process.nextTick(console.log, ${m[1]});`];
    }
    return ['process.nextTick(() => {', ...indent(body), '});'];
  },

  microtask (ctx) {
    const body = small(child(ctx, { kindName: 'microtask', inAsync: false }));
    return ['queueMicrotask(() => {', ...indent(body), '});'];
  },

  chain (ctx) {
    const start = weighted([[4, 'resolve'], [1, 'reject'], [2, 'value'], [1, 'resolveUndefined']]);
    let head;
    let rejects = false;
    let cctx = ctx;
    if (start === 'resolve') head = `Promise.resolve(${q(freshValue())})`;
    else if (start === 'resolveUndefined') head = 'Promise.resolve()';
    else if (start === 'reject') { head = `Promise.reject(new Error(${q(freshError())}))`; rejects = true; }
    else {
      const v = anyValue(ctx, true);
      head = v.code.startsWith('{') ? `Promise.resolve(${v.code})` : v.code;
      rejects = v.rejects;
      cctx = after(ctx, v);
    }
    const lines = [head];
    const links = range(1, 4);
    for (let i = 0; i < links; i++) {
      const c = child(cctx, { kindName: 'then', inAsync: false });
      const which = weighted([[6, 'then'], [rejects ? 3 : 0.5, 'catch'], [1, 'finally'], [1, 'then2']]);
      const body = [];
      const param = which === 'catch' ? 'e' : 'v';
      if (which === 'catch') body.push(`console.log(${q(label('catch'))}, e.message);`);
      else if (which !== 'finally' && chance(0.6)) body.push(`console.log(${q(label('then'))}, v);`);
      else body.push(log(which === 'finally' ? 'finally' : 'then'));
      if (chance(0.35) && budget.statements > 0) body.push(...block(c, 1, 1));
      let ret = null;
      let retAfter = 'same';
      const r = weighted([[4, 'none'], [3, 'value'], [2, 'promise'], [which === 'finally' ? 0.3 : 1, 'throw']]);
      if (r === 'value') ret = q(freshValue());
      else if (r === 'promise') {
        const v = anyValue(c, true);
        ret = v.code;
        retAfter = v.after;
        if (v.rejects && which !== 'finally') rejects = true;
      } else if (r === 'throw') {
        body.push(`throw new Error(${q(freshError())});`);
        rejects = true;
      }
      if (ret) body.push(`return ${ret};`);
      // A value returned from finally does not replace the result, but a promise is still awaited.
      if (which === 'catch') rejects = r === 'throw' || (r === 'promise' && ret && /reject|throw|Error/.test(ret));
      const fn = body.length === 1 && !ret ? `(${param === 'v' && which === 'finally' ? '' : param}) => ${body[0].replace(/;$/, '')}`
        : `(${which === 'finally' ? '' : param}) => {\n${indent(indent(body)).join('\n')}\n  }`;
      if (which === 'then2') {
        lines.push(`  .then(${fn}, (e) => console.log(${q(label('rejected'))}, e.message))`);
        rejects = r === 'throw' || rejects && r === 'promise';
      } else {
        lines.push(`  .${which === 'finally' ? 'finally' : which}(${fn})`);
      }
      if (retAfter !== 'same') cctx = child(cctx, retAfter === 'unknown' ? { noMacro: true } : { run: retAfter });
    }
    if (rejects || chance(0.2)) lines.push(`  .catch((e) => console.log(${q(label('catch'))}, e.message))`);
    lines[lines.length - 1] += ';';
    return lines.join('\n').split('\n');
  },

  executor (ctx) {
    const name = fresh('p');
    const v = freshValue();
    const body = [];
    if (chance(0.7)) body.push(log('executor'));
    let rejects = false;
    let actx = ctx;
    const how = weighted([[4, 'resolve'], [1.5, 'reject'], [1.5, 'resolvePromise'], [1, 'resolveThenable'],
      [ctx.noMacro ? 0 : 2, 'resolveLater'], [1, 'throw'], [1, 'resolveTwice']]);
    if (how === 'resolve') body.push(`resolve(${q(v)});`);
    else if (how === 'reject') { body.push(`reject(new Error(${q(freshError())}));`); rejects = true; }
    else if (how === 'resolvePromise') {
      const inner = anyValue(ctx, true);
      body.push(`resolve(${inner.code});`);
      rejects = inner.rejects;
      actx = after(ctx, inner);
    } else if (how === 'resolveThenable') {
      body.push(`resolve({ then(r) { ${log('thenable')} r(${q(v)}); } });`);
    } else if (how === 'resolveLater') {
      const timer = tryTimer(ctx, [0, 1, 5, 10, 20]);
      if (timer) {
        body.push(`setTimeout(() => {`, `  ${log('timeout')}`, `  resolve(${q(v)});`, `}, ${timer.delay});`);
        actx = child(ctx, { run: timer.run });
      } else body.push(`resolve(${q(v)});`);
    } else if (how === 'throw') { body.push(`throw new Error(${q(freshError())});`); rejects = true; }
    else if (how === 'resolveTwice') {
      body.push(`resolve(${q(v)});`, `reject(new Error(${q(freshError())}));`, `resolve(${q(freshValue())});`);
    }
    if (chance(0.3) && how !== 'throw') body.push(log('executor'));
    const lines = [`const ${name} = new Promise((resolve, reject) => {`, ...indent(body), '});'];
    if (chance(0.3)) lines.push(log('sync'));
    const c = child(actx, { kindName: 'then', inAsync: false });
    const thenBody = [`console.log(${q(label('then'))}, v);`];
    if (chance(0.4) && budget.statements > 0) thenBody.push(...block(c, 1, 1));
    const onRejected = rejects || chance(0.2) ? `, (e) => console.log(${q(label('rejected'))}, e.message)` : '';
    if (rejects && chance(0.5)) {
      lines.push(`${name}.then((v) => {`, ...indent(thenBody), `}).catch((e) => console.log(${q(label('catch'))}, e.message));`);
    } else {
      lines.push(`${name}.then((v) => {`, ...indent(thenBody), `}${onRejected});`);
    }
    if (chance(0.25)) lines.push(`${name}.then(() => ${log('then').replace(/;$/, '')}${rejects ? ', () => {}' : ''});`);
    return lines;
  },

  asyncFn (ctx) {
    const name = fresh(pick(['async', 'run', 'main', 'worker', 'job']));
    const fctx = child(ctx, { inAsync: true, kindName: name });
    const body = [log(name)];
    const res = asyncBody(fctx, body);
    const lines = [`async function ${name}() {`, ...indent(body), '}'];
    const call = weighted([[3, 'plain'], [3, 'then'], [1, 'await']]);
    if (call === 'await' && ctx.inAsync) {
      lines.push(`await ${name}();`);
      Object.assign(ctx, pickAfter(ctx, res));
    } else if (call === 'then' || res.rejects) {
      lines.push(`${name}().then((v) => console.log(${q(label('then'))}, v)` +
        (res.rejects ? `, (e) => console.log(${q(label('rejected'))}, e.message));` : ');'));
    } else lines.push(`${name}();`);
    if (chance(0.5)) lines.push(log('sync'));
    return lines;
  },

  await (ctx) {
    const v = anyValue(ctx, true);
    const lines = [];
    if (v.rejects) {
      const c = after(ctx, v);
      lines.push('try {', `  const r = await ${v.code};`, `  console.log(${q(label('await'))}, r);`,
        '} catch (e) {', `  console.log(${q(label('caught'))}, e.message);`, '}');
      Object.assign(ctx, pickAfter(ctx, { ctx: c }));
    } else {
      lines.push(chance(0.5) ? `await ${v.code};` : `console.log(${q(label('await'))}, await ${v.code});`);
      Object.assign(ctx, pickAfter(ctx, { ctx: after(ctx, v) }));
    }
    return lines;
  },

  combinator (ctx) {
    const which = weighted([[3, 'all'], [2, 'allSettled'], [2, 'race'], [1.5, 'any']]);
    const n = range(2, 4);
    const inputs = [];
    const values = [];
    const allowReject = which !== 'all' || chance(0.4);
    for (let i = 0; i < n; i++) {
      const v = anyValue(ctx, allowReject && chance(0.4));
      inputs.push(v.code);
      values.push(v);
    }
    const c = child(ctx, { noMacro: values.some((v) => v.after !== 'same' && v.after !== undefined), inAsync: false, kindName: which });
    const lines = [];
    const arr = inputs.some((s) => s.length > 40) ? ['[', ...inputs.map((s) => `  ${s},`), ']'] : [`[${inputs.join(', ')}]`];
    const head = `Promise.${which}(`;
    let tail;
    switch (which) {
      case 'all':
        tail = `).then((values) => console.log(${q(label('all'))}, values.join(',')))` +
          `.catch((e) => console.log(${q(label('all failed'))}, e.message));`;
        break;
      case 'allSettled':
        tail = `).then((results) => console.log(${q(label('settled'))}, results.map((r) => r.status === 'fulfilled' ? r.value : r.reason.message).join(',')));`;
        break;
      case 'race':
        tail = `).then((v) => console.log(${q(label('race'))}, v), (e) => console.log(${q(label('race rejected'))}, e.message));`;
        break;
      case 'any':
        tail = `).then((v) => console.log(${q(label('any'))}, v), (e) => console.log(e.constructor.name, e.message, e.errors.map((x) => x.message).join(',')));`;
        break;
    }
    if (arr.length === 1) lines.push(head + arr[0] + tail);
    else lines.push(head + arr[0], ...arr.slice(1, -1), arr[arr.length - 1] + tail);
    if (chance(0.3) && budget.statements > 0) lines.push(...block(c, 1, 1));
    return lines;
  },

  asyncGen (ctx) {
    const gen = fresh('gen');
    const body = [];
    if (chance(0.5)) body.push(log('generator'));
    const n = range(2, 4);
    const useFinally = chance(0.3);
    const yields = [];
    for (let i = 0; i < n; i++) {
      const v = freshValue();
      const y = weighted([[4, q(v)], [2, `Promise.resolve(${q(v)})`], [1, `await ${simpleValue(false).code}`]]);
      if (chance(0.3)) body.push(`await ${simpleValue(false).code};`);
      if (chance(0.3)) body.push(log('generator'));
      body.push(`yield ${y};`);
      yields.push(v);
    }
    const genLines = [`async function* ${gen}() {`];
    if (useFinally) genLines.push('  try {', ...indent(indent(body)), '  } finally {', `    ${log('generator finally')}`, '  }');
    else genLines.push(...indent(body));
    genLines.push('}');
    decls.push(...genLines);
    const consumer = weighted([[4, 'forAwait'], [1, 'next'], [1, 'forAwaitArray']]);
    const lines = [];
    if (consumer === 'forAwait') {
      const loop = [`console.log(${q(label('for await'))}, x);`];
      if (chance(0.3)) loop.push(`if (x === ${q(yields[range(0, n - 1)])}) break;`);
      lines.push('(async () => {', `  for await (const x of ${gen}()) {`, ...indent(indent(loop)), '  }',
        `  ${log('loop done')}`, '})();');
    } else if (consumer === 'next') {
      const it = fresh('it');
      lines.push(`const ${it} = ${gen}();`);
      const k = range(1, n + 1);
      for (let i = 0; i < k; i++) lines.push(`${it}.next().then((r) => console.log(${q(label('next'))}, r.value, r.done));`);
    } else {
      const items = [];
      for (let i = 0; i < range(2, 4); i++) items.push(simpleValue(false).code);
      lines.push('(async () => {', `  for await (const x of [${items.join(', ')}]) console.log(${q(label('for await'))}, x);`,
        `  ${log('loop done')}`, '})();');
    }
    return lines;
  },

  interval (ctx) {
    const count = range(2, 4);
    const delay = pick([1, 5, 10, 20]);
    const m = Math.max(delay, 1);
    const cur = cursor(ctx);
    // Every repetition is a macrotask of the interval's callback.
    const base = timerTimes(ctx, delay);
    const run = newRun('timer', base.lo, base.hi);
    const evs = [];
    for (let k = 1; k <= count; k++) {
      const lo = Math.max(cur.lo + k * m, base.lo + (k - 1) * m);
      const hi = base.hi + (k - 1) * (m + 1.5);
      const ev = { type: 'timer', run, runKind: 'timer', due: { lo, hi }, lo, hi };
      if (conflicts({ ...ev, run: ctx.run, runKind: ctx.run.kind })) {
        for (const e of evs) e.live = false;
        return [log(ctx.kindName ?? 'sync')];
      }
      ev.live = true;
      events.push(ev);
      evs.push(ev);
    }
    const id = fresh('interval');
    const n = fresh('count');
    const body = [`${n}++;`, `console.log(${q(label('interval'))}, ${n});`];
    const ictx = child(ctx, { run, noMacro: true, kindName: 'interval', inAsync: false });
    if (chance(0.5)) body.push(...block(ictx, 1, 1));
    body.push(`if (${n} === ${count}) clearInterval(${id});`);
    return [`let ${n} = 0;`, `const ${id} = setInterval(() => {`, ...indent(body), `}, ${delay});`];
  },

  clearTimeout (ctx) {
    const delay = pick([0, 5, 10]);
    const id = fresh('timer');
    const lines = [`const ${id} = setTimeout(() => console.log('cancelled timer ran'), ${delay});`];
    const where = weighted([[2, 'sync'], [1, 'tick'], [1, 'micro']]);
    if (where === 'sync') lines.push(`clearTimeout(${id});`);
    else if (where === 'tick') lines.push(`process.nextTick(() => clearTimeout(${id}));`);
    else lines.push(`Promise.resolve().then(() => clearTimeout(${id}));`);
    if (chance(0.5)) lines.push(log('sync'));
    return lines;
  },

  emitter (ctx) {
    if (!features.events) {
      features.events = true;
      prelude.push("const EventEmitter = require('events');");
    }
    const em = fresh('emitter');
    const ev = pick(['data', 'tick', 'ready', 'message']);
    const lines = [`const ${em} = new EventEmitter();`];
    const listeners = range(1, 3);
    for (let i = 0; i < listeners; i++) {
      const method = weighted([[4, 'on'], [2, 'once'], [1, 'prependListener']]);
      const c = child(ctx, { kindName: 'listener', inAsync: false });
      const body = [`console.log(${q(label('listener'))}, x);`];
      if (chance(0.4) && budget.statements > 0) body.push(...block(c, 1, 1));
      lines.push(`${em}.${method}(${q(ev)}, (x) => {`, ...indent(body), '});');
    }
    const emits = range(1, 2);
    for (let i = 0; i < emits; i++) {
      const where = weighted([[4, 'sync'], [1, 'tick'], [1, 'promise']]);
      const emit = `${em}.emit(${q(ev)}, ${q(freshValue())})`;
      if (where === 'sync') lines.push(`${emit};`);
      else if (where === 'tick') lines.push(`process.nextTick(() => ${emit});`);
      else lines.push(`Promise.resolve().then(() => ${emit});`);
    }
    if (chance(0.2)) {
      lines.push('try {', `  ${em}.emit('error', new Error(${q(freshError())}));`, '} catch (e) {',
        `  console.log(${q(label('emit error'))}, e.message);`, '}');
    }
    return lines;
  },

  fs (ctx) {
    const io = tryIo(ctx);
    if (!io) return [log('sync')];
    features.fs = true;
    prelude.push("const fs = require('fs');");
    const ok = chance(0.7);
    const c = child(ctx, { run: io.run, kindName: 'readFile', inAsync: false });
    const body = ok ? [`console.log(${q(label('readFile'))}, err === null, data.length > 0);`]
      : [`console.log(${q(label('readFile'))}, err.code);`];
    body.push(...block(c, 1, 3));
    const file = ok ? '__filename' : "'/no/such/file.txt'";
    return [`fs.readFile(${file}, 'utf8', (err, data) => {`, ...indent(body), '});'];
  },

  unhandled (ctx) {
    features.unhandled = true;
    if (chance(0.6)) {
      features.unhandledHandler = true;
      prelude.push(`process.on('unhandledRejection', (reason) => {`,
        `  console.log('unhandledRejection', reason.message);`, '});');
    }
    const e = freshError();
    return [weighted([
      [2, `Promise.reject(new Error(${q(e)}));`],
      [1, `new Promise((_, reject) => reject(new Error(${q(e)})));`],
      [1, `(async () => { throw new Error(${q(e)}); })();`],
      [1, `Promise.resolve().then(() => { throw new Error(${q(e)}); });`],
    ])];
  },

  uncaught (ctx) {
    const timer = tryTimer(ctx, [0, 5, 10, 20]);
    if (!timer) return [log('sync')];
    features.uncaught = true;
    const handled = chance(0.7);
    if (handled) {
      prelude.push(`process.on('uncaughtException', (err) => {`,
        `  console.log('uncaughtException', err.message);`, '});');
    }
    return ['setTimeout(() => {', `  ${log('timeout')}`, `  throw new Error(${q(freshError())});`,
      `}, ${timer.delay});`];
  },
};

Object.assign(generators, {
  throwInTick (ctx) {
    features.uncaught = true;
    if (chance(0.8)) {
      prelude.push(`process.on('uncaughtException', (err, origin) => {`,
        `  console.log('uncaughtException', err.message, origin);`, '});');
    }
    const e = freshError();
    return [pick([`process.nextTick(() => { throw new Error(${q(e)}); });`,
      `queueMicrotask(() => { throw new Error(${q(e)}); });`,
      `Promise.resolve().then(() => { throw new Error(${q(e)}); });`])];
  },

  genProtocol (ctx) {
    const gen = fresh('gen');
    const body = ['try {', `  yield ${q(freshValue())};`, `  ${log('generator')}`, `  yield ${q(freshValue())};`,
      '} catch (e) {', `  console.log(${q(label('generator caught'))}, e.message);`, `  yield ${q(freshValue())};`,
      '} finally {', `  ${log('generator finally')}`];
    if (chance(0.4)) body.push('  await null;', `  ${log('generator finally')}`);
    body.push('}');
    decls.push(`async function* ${gen}() {`, ...indent(body), '}');
    const it = fresh('it');
    const lines = [`const ${it} = ${gen}();`];
    const n = range(2, 4);
    for (let i = 0; i < n; i++) {
      const call = weighted([[3, 'next()'], [1, `throw(new Error(${q(freshError())}))`], [1, `return(${q(freshValue())})`]]);
      lines.push(`${it}.${call}.then((r) => console.log(${q(label('step'))}, r.value, r.done), ` +
        `(e) => console.log(${q(label('step rejected'))}, e.message));`);
    }
    return lines;
  },

  eventsOnce (ctx) {
    if (!features.events) {
      features.events = true;
      prelude.push("const EventEmitter = require('events');");
    }
    const em = fresh('emitter');
    const v = freshValue();
    const lines = [`const ${em} = new EventEmitter();`, '(async () => {',
      `  const [value] = await EventEmitter.once(${em}, 'done');`, `  console.log(${q(label('once'))}, value);`,
      '})();'];
    const where = weighted([[2, 'tick'], [2, 'micro'], [1, 'sync'], [ctx.noMacro ? 0 : 2, 'timer']]);
    const emit = `${em}.emit('done', ${q(v)})`;
    if (where === 'tick') lines.push(`process.nextTick(() => ${emit});`);
    else if (where === 'micro') lines.push(`Promise.resolve().then(() => ${emit});`);
    else if (where === 'sync') lines.push(`${emit};`);
    else {
      const timer = tryTimer(ctx, [0, 5, 10, 20]);
      if (timer) lines.push(`setTimeout(() => ${emit}, ${timer.delay});`);
      else lines.push(`${emit};`);
    }
    return lines;
  },

  clearImmediate (ctx) {
    const id = fresh('immediate');
    const lines = [`const ${id} = setImmediate(() => console.log('cancelled immediate ran'));`];
    const where = weighted([[2, 'sync'], [1, 'tick'], [1, 'micro']]);
    if (where === 'sync') lines.push(`clearImmediate(${id});`);
    else if (where === 'tick') lines.push(`process.nextTick(() => clearImmediate(${id}));`);
    else lines.push(`queueMicrotask(() => clearImmediate(${id}));`);
    return lines;
  },

  exitCode (ctx) {
    features.exitCode = true;
    return [`process.exitCode = ${range(2, 9)};`];
  },

  processExit (ctx) {
    features.exit = true;
    return [log(ctx.kindName ?? 'sync'), chance(0.5) ? 'process.exit();' : `process.exit(${range(0, 5)});`];
  },
});

function pickAfter (ctx, res) {
  const c = res.ctx;
  return { run: c.run, noMacro: c.noMacro };
}

// The statements of an async function's body; they may await.
function asyncBody (fctx, body) {
  const n = range(1, 3);
  let rejects = false;
  for (let i = 0; i < n && budget.statements > 0; i++) {
    spend();
    const kind = weighted([[5, 'await'], [2, 'tryAwait'], [2, 'stmt'], [1, 'loop']]);
    if (kind === 'await') body.push(...generators.await(fctx));
    else if (kind === 'tryAwait') {
      const v = anyValue(fctx, true);
      const useFinally = chance(0.5);
      body.push('try {', `  const r = await ${v.code};`, `  console.log(${q(label('await'))}, r);`);
      if (chance(0.3)) body.push(`  throw new Error(${q(freshError())});`);
      body.push('} catch (e) {', `  console.log(${q(label('caught'))}, e.message);`);
      if (chance(0.5)) body.push('} finally {', `  ${log('finally')}`);
      body.push('}');
      Object.assign(fctx, pickAfter(fctx, { ctx: after(fctx, v) }));
    } else if (kind === 'stmt') body.push(...statement(fctx));
    else {
      const k = range(2, 3);
      body.push(`for (let i = 0; i < ${k}; i++) {`, '  await null;', `  console.log(${q(label('loop'))}, i);`, '}');
    }
  }
  const ret = weighted([[3, 'none'], [3, 'value'], [1, 'promise'], [0.7, 'throw']]);
  if (ret === 'value') body.push(`return ${q(freshValue())};`);
  else if (ret === 'promise') {
    const v = anyValue(fctx, false);
    body.push(`return ${v.code};`);
  } else if (ret === 'throw') {
    body.push(`throw new Error(${q(freshError())});`);
    rejects = true;
  }
  return { rejects, ctx: fctx };
}

// ------------------------------------------------------------------ script
function generate () {
  const ctx = { run: mainRun, depth: 0, noMacro: false, inAsync: false, kindName: null };
  // Node's first console.log initialises stdout, which takes 2-50 ms here:
  // a timer created before it is far older than one created after it.  The
  // scripts start with a log, as interview scripts mostly do.
  const top = [log(pick(['sync', 'script start', 'start']))];
  const n = range(4, 10);
  if (mainWait) mainWait.at = range(1, n - 1);
  for (let i = 0; i < n; i++) {
    if (mainWait && i === mainWait.at) {
      const s = fresh('start');
      top.push(`const ${s} = Date.now();`, `while (Date.now() - ${s} < ${mainWait.w}) {}`, log('busy wait done'));
      mainWait.done = true;
    }
    top.push(...statement(ctx));
    if (budget.statements <= 0 && i >= 2) break;
  }
  if (chance(0.3)) top.push(log('sync end'));
  if (chance(0.25) || features.exitCode || features.exit) {
    prelude.push(weighted([
      [4, `process.on('exit', (code) => console.log('exit', code));`],
      [1, `process.on('exit', (code) => { console.log('exit', code); Promise.resolve().then(() => console.log('microtask in exit')); });`],
      [1, `process.on('exit', (code) => { console.log('exit', code, process.exitCode); process.exitCode = ${range(0, 9)}; });`],
    ]));
  }
  if (chance(0.12)) {
    prelude.push('let beforeExitCount = 0;', "process.on('beforeExit', () => {",
      "  console.log('beforeExit', beforeExitCount);", '  if (beforeExitCount++ === 0) {',
      `    setTimeout(() => ${log('revived').replace(/;$/, '')}, 0);`,
      `    Promise.resolve().then(() => ${log('revived').replace(/;$/, '')});`, '  }', '});');
  }
  const out = [...prelude, ...decls, ...top];
  return out.join('\n') + '\n';
}

process.stdout.write(generate());
