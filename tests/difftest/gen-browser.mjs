#!/usr/bin/env node
// Differential testing, browser profile: prints one interview-style page
// script (tests/corpus-browser's rules: `// @host browser`, console.log of
// strings and numbers only) for the seed given as the only argument.
//
//   node gen-browser.mjs SEED
//
// The script has a main part (time 0: sync code, timers, promise chains,
// async/await, Promise combinators, queueMicrotask, port and window messages
// (structured clones too), MutationObserver, dispatched events and their
// options, onclick, AbortController, uncaught errors, DOMContentLoaded/load,
// DOM basics and element.style) and up to three "slots", 150 ms
// apart, each one isolated topic whose order Chromium decides the same way
// every time: animation frames (requested from a timer, never racing the
// page's first frame), idle callbacks, intervals, a user click (`@click`),
// fetch responses (`@fetch`), unhandled rejections.  Timers created by
// different tasks are kept ≥ 4 ms apart (by the windows they may run in), since
// their order is a race in Chromium.  Oracle: record.mjs (headless Chromium);
// see run-diff-browser.sh.

const seed = Number(process.argv[2] ?? 1);

function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(seed * 2654435761);
const int = (n) => Math.floor(rnd() * n);
const chance = (p) => rnd() < p;
const pick = (xs) => xs[int(xs.length)];
function weighted(table) {
  const total = table.reduce((s, [w]) => s + w, 0);
  let r = rnd() * total;
  for (const [w, v] of table) {
    if ((r -= w) < 0) return v;
  }
  return table[table.length - 1][1];
}

// ---------------------------------------------------------------- output

const header = ['// difftest browser seed ' + seed, '// @host browser'];
const setup = new Map();      // key -> lines, emitted once before the main part
let label = 0;
const next = (what) => `${what} ${++label}`;
const log = (text) => `console.log('${text}');`;
const indent = (lines, n = 1) => lines.map((l) => '  '.repeat(n) + l);

function need(key, lines) {
  if (!setup.has(key)) setup.set(key, lines);
}

// ---------------------------------------------------------------- timers

// The window of time in which each timer (or posted message) created so far
// may run, with the task that created it.  Chromium's first ~40 ms are busy
// loading the page: a task due then may run at any time up to EARLY_MS.
// Tasks of different tasks whose windows come closer than RACE_MS race; so
// do timers of one task with different delays closer than that (the work
// between their creations decides).
const RACE_MS = 4;
const EARLY_MS = 40;
const timers = [];

function windowAfter(ctx, delay) {
  const lo = ctx.lo + delay;
  let hi = ctx.hi + delay + 1;
  if (lo < EARLY_MS) hi = Math.max(hi, EARLY_MS);
  return { lo, hi };
}

function races(ctx, delay, w) {
  return timers.some((t) => (t.task !== ctx.task
    ? w.lo < t.hi + RACE_MS && t.lo < w.hi + RACE_MS
    : t.delay !== delay && Math.abs(t.lo - w.lo) < RACE_MS));
}

// A delay for a timer created by `ctx`'s task, or null when every choice
// races another timer (or leaves the context's window).
function timerDelay(ctx, choices) {
  if (ctx.lo == null) {
    return 0;   // frames, clicks, responses: isolated slots, 0 ms only
  }
  const order = choices.slice().sort(() => rnd() - 0.5);
  for (const d of order) {
    const delay = ctx.nest >= 5 && d < 4 ? 4 : d;
    const w = windowAfter(ctx, delay);
    if (w.hi >= ctx.until || races(ctx, delay, w)) continue;
    timers.push({ task: ctx.task, delay, ...w });
    return d;
  }
  return null;
}

// A message posted by ctx's task: a task without delay.
function messageAllowed(ctx) {
  if (ctx.lo == null) return false;
  const w = windowAfter(ctx, 0);
  if (races(ctx, 0, w)) return false;
  timers.push({ task: ctx.task, delay: 0, ...w });
  return true;
}

let taskCounter = 0;
const childCtx = (ctx, extra) => ({ ...ctx, depth: ctx.depth - 1, ...extra });

// ---------------------------------------------------------------- actions

// Each action returns lines of statements.  ctx: { depth, task, lo, hi (when
// the task runs; null: unknown), nest (timer nesting level), until (timer
// windows stay below),
// where ('script' | 'task' | 'micro' | 'frame' | 'listener') }.

function actions(ctx, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(...action(ctx));
  return out;
}

function callbackBody(ctx) {
  const body = [log(next(ctx.where === 'micro' ? 'micro' : ctx.where))];
  if (ctx.depth > 0 && chance(0.7)) body.push(...actions(ctx, 1 + int(2)));
  return body;
}

function action(ctx) {
  const table = [
    [3, aLog],
    [ctx.where === 'frame' ? 1 : 4, aTimeout],
    [4, aThen],
    [2, aQueueMicrotask],
    [2, aNewPromise],
    [3, aAsync],
    [ctx.where === 'frame' ? 0 : 2, aPort],
    [ctx.where === 'frame' ? 0 : 1, aWindowMessage],
    [2, aMutation],
    [2, aDispatch],
    [1, aClickMethod],
    [1, aThrowInTimer],
    [1, aCaught],
    [1, aAbort],
    [1, aOnce],
    [1, aNestedEvent],
    [2, aDom],
    [1, aThrowElsewhere],
    [1, aListenerTricks],
    [1, aSignalStatics],
    [2, aAggregate],
    [1, aHandlerProperty],
    [1, aObserverTricks],
    [ctx.where === 'frame' ? 0 : 1, aPostObject],
    [1, aEventAfterDispatch],
    [ctx.task === 0 && ctx.where === 'task' ? 1 : 0, aLifecycle],
  ];
  if (ctx.depth <= 0) return [log(next('sync'))];
  return weighted(table.map(([w, f]) => [w, f]))(ctx);
}

function aLog() {
  return [log(next('sync'))];
}

function aTimeout(ctx) {
  const delay = timerDelay(ctx, ctx.nest > 0 ? [0, 0, 1, 5, 10] : [0, 0, 0, 1, 2, 10, 20, 50]);
  if (delay == null) return [log(next('sync'))];
  const w = ctx.lo == null ? { lo: null, hi: null } : windowAfter(ctx, ctx.nest >= 5 && delay < 4 ? 4 : delay);
  const inner = childCtx(ctx, { task: ++taskCounter, ...w, nest: ctx.nest + 1, where: 'timeout' });
  const body = callbackBody(inner);
  if (chance(0.2)) {
    const arg = next('arg');
    return [`setTimeout((x) => {`, ...indent([`console.log('timeout got', x);`, ...body]), `}, ${delay}, '${arg}');`];
  }
  return [`setTimeout(() => {`, ...indent(body), `}, ${delay});`];
}

function aThen(ctx) {
  const inner = childCtx(ctx, { where: 'micro' });
  const start = pick(['Promise.resolve()', 'Promise.resolve(1)', 'Promise.resolve().then(() => 2)']);
  const lines = [`${start}`];
  const links = 1 + int(3);
  for (let i = 0; i < links; i++) {
    const kind = weighted([[6, 'then'], [1, 'throw'], [1, 'finally']]);
    if (kind === 'throw') {
      const m = next('caught');
      lines.push(`  .then(() => { throw new Error('${m}'); })`);
      lines.push(`  .catch((e) => console.log('catch', e.message))`);
    } else if (kind === 'finally') {
      lines.push(`  .finally(() => ${log(next('finally')).slice(0, -1)})`);
    } else {
      lines.push(`  .then(() => {`, ...indent(callbackBody(inner), 2), '  })');
    }
  }
  lines[lines.length - 1] += ';';
  return lines;
}

function aQueueMicrotask(ctx) {
  const inner = childCtx(ctx, { where: 'micro' });
  return [`queueMicrotask(() => {`, ...indent(callbackBody(inner)), `});`];
}

function aNewPromise(ctx) {
  const inner = childCtx(ctx, { where: 'micro' });
  const a = next('executor');
  const b = next('after resolve');
  return [`new Promise((resolve) => {`, `  ${log(a)}`, `  resolve();`, `  ${log(b)}`, `}).then(() => {`,
    ...indent(callbackBody(inner)), `});`];
}

let asyncCounter = 0;
function aAsync(ctx) {
  const name = `task${++asyncCounter}`;
  const inner = childCtx(ctx, { where: 'micro' });
  const body = [log(next(`${name} start`))];
  const awaits = 1 + int(2);
  for (let i = 0; i < awaits; i++) {
    body.push(pick([
      'await null;',
      'await Promise.resolve();',
      `await new Promise((r) => queueMicrotask(r));`,
      `await Promise.resolve().then(() => ${log(next('inner then')).slice(0, -1)});`,
      `await (async () => ${log(next('nested async')).slice(0, -1)})();`,
    ]));
    body.push(log(next(`${name} after await`)));
  }
  if (ctx.depth > 1 && chance(0.3)) body.push(...action(inner));
  const lines = [`async function ${name}() {`, ...indent(body), `}`];
  if (chance(0.3)) {
    lines.push(`${name}().then(() => ${log(next(`${name} done`)).slice(0, -1)});`);
  } else {
    lines.push(`${name}();`);
  }
  lines.push(log(next('after call')));
  return lines;
}

function aPort(ctx) {
  if (!messageAllowed(ctx)) return [log(next('sync'))];
  need('port', [
    'const channel = new MessageChannel();',
    'channel.port2.onmessage = (e) => {',
    "  console.log('port', e.data);",
    "  Promise.resolve().then(() => console.log('after port', e.data));",
    '};',
  ]);
  return [`channel.port1.postMessage('${next('msg')}');`];
}

function aWindowMessage(ctx) {
  if (!messageAllowed(ctx)) return [log(next('sync'))];
  need('window-message', [
    "window.addEventListener('message', (e) => console.log('window message', e.data));",
  ]);
  return [`window.postMessage('${next('wmsg')}', '*');`];
}

function aMutation(ctx) {
  need('mo', [
    "const box = document.createElement('div');",
    'document.body.appendChild(box);',
    'const observer = new MutationObserver((records) => {',
    "  console.log('mutations', records.length, records.map((r) => r.type).join(','));",
    '});',
    'observer.observe(box, { attributes: true, childList: true, subtree: true, characterData: true });',
  ]);
  const out = [];
  const n = 1 + int(3);
  for (let i = 0; i < n; i++) {
    out.push(pick([
      `box.setAttribute('data-step', '${label}');`,
      `box.appendChild(document.createElement('span'));`,
      `box.textContent = '${next('text')}';`,
      `box.className = 'c${label}';`,
      `box.firstChild && box.removeChild(box.firstChild);`,
    ]));
  }
  out.push(log(next('mutated')));
  return out;
}

function aDispatch(ctx) {
  need('target', [
    'const target = new EventTarget();',
    "target.addEventListener('ping', (e) => {",
    "  console.log('ping listener', e.detail);",
    "  queueMicrotask(() => console.log('ping microtask', e.detail));",
    '});',
    "target.addEventListener('ping', (e) => console.log('ping second listener', e.detail));",
  ]);
  const d = next('detail');
  return [log(next('before dispatch')), `target.dispatchEvent(new CustomEvent('ping', { detail: '${d}' }));`,
    log(next('after dispatch'))];
}

function buttonListeners() {
  need('button', [
    "const button = document.querySelector('#button');",
    "button.addEventListener('click', (e) => {",
    "  console.log('click listener', String(e.isTrusted));",
    "  Promise.resolve().then(() => console.log('click microtask'));",
    '});',
    "document.body.addEventListener('click', () => console.log('body saw click'));",
    "document.addEventListener('click', () => console.log('document capture'), true);",
  ]);
}

function aClickMethod() {
  buttonListeners();
  return [log(next('before click()')), 'button.click();', log(next('after click()'))];
}

let errorListener = false;
function errorSetup() {
  if (errorListener) return;
  errorListener = true;
  need('error', pick([
    ["window.addEventListener('error', (e) => console.log('error event', e.message));"],
    ['window.onerror = (message) => {', "  console.log('onerror', message);", '};'],
    ["window.addEventListener('error', (e) => {", "  console.log('handled', e.error.message);", '  e.preventDefault();', '});'],
    ['window.onerror = (message) => {', "  console.log('onerror returns true', message);", '  return true;', '};'],
    [],
  ]));
}

function aThrowInTimer(ctx) {
  errorSetup();
  const delay = timerDelay(ctx, [0, 1, 10]);
  if (delay == null) return [log(next('sync'))];
  const m = next('boom');
  const after = next('after throw');
  return [`setTimeout(() => {`, `  Promise.resolve().then(() => ${log(after).slice(0, -1)});`,
    `  throw new ${pick(['Error', 'TypeError', 'RangeError'])}('${m}');`, `}, ${delay});`];
}

function aCaught(ctx) {
  const m = next('rejected');
  return pick([
    [`Promise.reject(new Error('${m}')).catch((e) => console.log('caught', e.message));`],
    [`Promise.reject(new Error('${m}')).then(() => ${log('never').slice(0, -1)}, (e) => console.log('onRejected', e.message));`],
    [`(async () => {`, `  try {`, `    await Promise.reject(new Error('${m}'));`, `  } catch (e) {`,
      `    console.log('try/catch', e.message);`, `  }`, `})();`],
  ]);
}

function aAbort(ctx) {
  const c = `ac${++label}`;
  const reason = pick(['', "'stop'", "new Error('cancelled')"]);
  return [
    `const ${c} = new AbortController();`,
    `${c}.signal.addEventListener('abort', () => {`,
    `  console.log('abort event', ${c}.signal.reason${reason === "new Error('cancelled')" ? '.message' : reason ? '' : '.name'});`,
    `  queueMicrotask(() => ${log(next('abort microtask')).slice(0, -1)});`,
    `});`,
    `${c}.signal.onabort = () => ${log(next('onabort')).slice(0, -1)};`,
    `${c}.abort(${reason});`,
    `${c}.abort();`,
    `console.log('aborted', String(${c}.signal.aborted));`,
  ];
}

function aOnce(ctx) {
  const t = `once${++label}`;
  const opts = pick(['{ once: true }', '{ passive: true }', '{ capture: true, once: true }', 'true']);
  return [
    `const ${t} = new EventTarget();`,
    `${t}.addEventListener('go', (e) => {`,
    '  e.preventDefault();',
    `  console.log('${t} listener', String(e.defaultPrevented));`,
    `}, ${opts});`,
    `${t}.dispatchEvent(new Event('go', { cancelable: true }));`,
    `console.log('${t} second', String(${t}.dispatchEvent(new Event('go', { cancelable: true }))));`,
  ];
}

function aNestedEvent(ctx) {
  const p = `outer${++label}`;
  const c = `inner${label}`;
  const stop = pick(['', 'e.stopPropagation();', 'e.stopImmediatePropagation();']);
  return [
    `const ${p} = document.createElement('div');`,
    `const ${c} = document.createElement('span');`,
    `${p}.appendChild(${c});`,
    `${p}.addEventListener('note', () => console.log('${p} capture'), true);`,
    `${p}.addEventListener('note', () => console.log('${p} bubble'));`,
    `${c}.addEventListener('note', (e) => {`,
    `  console.log('${c} target', e.eventPhase);`,
    ...(stop ? [`  ${stop}`] : []),
    `  Promise.resolve().then(() => console.log('${c} microtask'));`,
    `});`,
    `${c}.addEventListener('note', () => console.log('${c} second'));`,
    `${c}.dispatchEvent(new Event('note', { bubbles: ${pick(['true', 'false'])} }));`,
    log(next('after note')),
  ];
}

let domCounter = 0;
function aDom() {
  const e = `el${++domCounter}`;
  const out = [`const ${e} = document.createElement('${pick(['div', 'ul', 'section', 'p'])}');`];
  const ops = 2 + int(4);
  for (let i = 0; i < ops; i++) {
    out.push(...pick([
      [`${e}.innerHTML = '<li class="a">one</li><li id="x${domCounter}">two</li><b>three</b>';`,
        `console.log('${e} children', ${e}.children.length, ${e}.childNodes.length);`],
      [`${e}.id = 'id${domCounter}';`, `${e}.className = 'big red';`, `${e}.classList.toggle('red');`,
        `console.log('${e} class', ${e}.className, String(${e}.classList.contains('big')));`],
      [`${e}.dataset.price = '${int(9)}';`, `${e}.setAttribute('data-kind-name', 'bun');`,
        `console.log('${e} data', ${e}.dataset.price, ${e}.dataset.kindName, ${e}.getAttributeNames().join(','));`],
      [`${e}.append('text', document.createElement('i'));`, `${e}.prepend(document.createElement('em'));`,
        `console.log('${e} html', ${e}.innerHTML);`],
      [`const ${e}c${i} = ${e}.cloneNode(${pick(['true', 'false'])});`,
        `console.log('${e} clone', ${e}c${i}.childNodes.length, ${e}c${i}.outerHTML.length);`],
      [`document.body.appendChild(${e});`,
        `console.log('${e} attached', String(document.body.contains(${e})), String(${e}.isConnected));`],
      [`${e}.textContent = 'a < b & "c"';`, `console.log('${e} text', ${e}.textContent, ${e}.innerHTML);`],
      [`console.log('${e} query', ${e}.querySelectorAll('li').length, String(${e}.querySelector('.a') !== null));`],
      [`console.log('${e} tag', ${e}.tagName, ${e}.nodeName, ${e}.nodeType, String(${e}.parentNode));`],
      [`const ${e}s${i} = document.createElement('span');`, `${e}.appendChild(${e}s${i});`,
        `console.log('${e} closest', ${e}s${i}.closest('${pick(['div', 'p', 'span', 'section', 'body'])}') === ${e} ? 'parent' : 'other',
          String(${e}s${i}.matches('span')));`],
      [`${e}.style.color = 'red';`, `console.log('${e} style', ${e}.getAttribute('style'), ${e}.style.color);`],
      [`${e}.remove();`, `console.log('${e} removed', String(${e}.parentNode));`],
    ]));
  }
  return out;
}

function aThrowElsewhere(ctx) {
  errorSetup();
  const m = next('thrown');
  return pick([
    [`queueMicrotask(() => { throw new Error('${m}'); });`, log(next('after queueing a throw'))],
    [`const thrower${label} = new EventTarget();`,
      `thrower${label}.addEventListener('x', () => { throw new Error('${m}'); });`,
      `thrower${label}.addEventListener('x', () => ${log(next('second listener still runs')).slice(0, -1)});`,
      `thrower${label}.dispatchEvent(new Event('x'));`, log(next('after dispatch'))],
    [`Promise.resolve().then(() => { throw new Error('${m}'); }).catch((e) => console.log('then threw', e.message));`],
    [`try {`, `  null.f();`, `} catch (e) {`, `  console.log(e.name, e.message);`, `}`],
  ]);
}

function aListenerTricks() {
  const t = `tt${++label}`;
  return pick([
    [`const ${t} = new EventTarget();`,
      `const ${t}h = { handleEvent(e) { console.log('handleEvent', e.type, String(this === ${t}h)); } };`,
      `${t}.addEventListener('a', ${t}h);`, `${t}.addEventListener('a', ${t}h);`,
      `${t}.dispatchEvent(new Event('a'));`, `${t}.removeEventListener('a', ${t}h);`,
      `${t}.dispatchEvent(new Event('a'));`, log(next('handleEvent done'))],
    [`const ${t} = new EventTarget();`, `const ${t}c = new AbortController();`,
      `${t}.addEventListener('a', () => console.log('signal listener'), { signal: ${t}c.signal });`,
      `${t}.dispatchEvent(new Event('a'));`, `${t}c.abort();`, `${t}.dispatchEvent(new Event('a'));`,
      log(next('signal listener done'))],
    [`const ${t} = new EventTarget();`, `function ${t}b() { console.log('b'); }`,
      `${t}.addEventListener('a', () => { console.log('a removes b'); ${t}.removeEventListener('a', ${t}b); });`,
      `${t}.addEventListener('a', ${t}b);`, `${t}.dispatchEvent(new Event('a'));`, log(next('removal done'))],
    [`const ${t} = new EventTarget();`,
      `${t}.addEventListener('a', (e) => { console.log('adds another'); ${t}.addEventListener('a', () => console.log('added during dispatch')); });`,
      `${t}.dispatchEvent(new Event('a'));`, `${t}.dispatchEvent(new Event('b'));`, log(next('adding done'))],
    [`const ${t} = new EventTarget();`,
      `${t}.addEventListener('a', (e) => console.log('event', e.type, String(e.bubbles), String(e.cancelable), String(e.isTrusted), String(e.target === ${t})));`,
      `${t}.dispatchEvent(new CustomEvent('a', { detail: 1 }));`],
  ]);
}

function aSignalStatics() {
  return pick([
    [`try {`, `  AbortSignal.abort('why').throwIfAborted();`, `} catch (e) {`, `  console.log('throwIfAborted', String(e));`, `}`],
    [`const any${++label} = AbortSignal.any([new AbortController().signal, AbortSignal.abort()]);`,
      `console.log('any', String(any${label}.aborted), any${label}.reason.name);`],
    [`const sig${++label} = AbortSignal.abort();`, `console.log('reason', sig${label}.reason.name, sig${label}.reason.message);`],
  ]);
}

let aggCounter = 0;
function aAggregate(ctx) {
  const name = `agg${++aggCounter}`;
  const parts = [];
  const n = 2 + int(2);
  for (let i = 0; i < n; i++) {
    const kind = weighted([[3, 'timer'], [2, 'value'], [1, 'reject']]);
    if (kind === 'timer') {
      const d = timerDelay(ctx, [0, 1, 10, 20, 30]);
      parts.push(d == null ? `'v${i}'` : `new Promise((r) => setTimeout(() => { console.log('${name} timer ${i}'); r('t${i}'); }, ${d}))`);
    } else if (kind === 'value') {
      parts.push(pick([`'v${i}'`, `Promise.resolve('p${i}')`]));
    } else {
      parts.push(`Promise.reject(new Error('e${i}'))`);
    }
  }
  const method = pick(['all', 'allSettled', 'race', 'any']);
  const show = {
    all: `(v) => console.log('${name} all', v.join(','))`,
    allSettled: `(v) => console.log('${name} allSettled', v.map((x) => x.status + ':' + (x.value || x.reason.message)).join(','))`,
    race: `(v) => console.log('${name} race', v)`,
    any: `(v) => console.log('${name} any', v)`,
  }[method];
  return [`Promise.${method}([`, ...indent(parts.map((x) => x + ',')), `]).then(${show}, (e) => console.log('${name} ${method} rejected', e.constructor.name, e.message));`,
    log(next(`${name} started`))];
}

function aHandlerProperty() {
  buttonListeners();
  const v = next('handler');
  return [`button.onclick = (e) => {`, `  console.log('onclick property', '${v}');`,
    `  queueMicrotask(() => console.log('onclick microtask'));`, ...(chance(0.3) ? ['  return false;'] : []), `};`,
    log(next('before click()')), `console.log('click() returned', String(button.click()));`,
    ...(chance(0.5) ? ['button.onclick = null;'] : [])];
}

function aObserverTricks() {
  const o = `ob${++label}`;
  return pick([
    [`const ${o}t = document.createTextNode('a');`, `const ${o} = new MutationObserver((rs) => {`,
      `  console.log('${o} records', rs.length, rs.map((r) => r.type + ':' + r.oldValue).join(' '));`, `});`,
      `${o}.observe(${o}t, { characterData: true, characterDataOldValue: true });`,
      `${o}t.data = 'b';`, `${o}t.appendData('c');`, `console.log('${o} text', ${o}t.data);`],
    [`const ${o}e = document.createElement('div');`, `const ${o} = new MutationObserver((rs) => {`,
      `  console.log('${o} callback', rs.length);`, `});`,
      `${o}.observe(${o}e, { attributes: true, attributeFilter: ['data-a'] });`,
      `${o}e.setAttribute('data-a', '1');`, `${o}e.setAttribute('data-b', '2');`,
      `console.log('${o} taken', ${o}.takeRecords().length);`, `${o}e.setAttribute('data-a', '3');`,
      ...(chance(0.5) ? [`${o}.disconnect();`] : []), log(next(`${o} done`))],
    [`const ${o}e = document.createElement('ul');`, `let ${o}n = 0;`, `const ${o} = new MutationObserver((rs) => {`,
      `  ${o}n++;`, `  console.log('${o} round', ${o}n, rs.length);`,
      `  if (${o}n < 3) ${o}e.appendChild(document.createElement('li'));`,
      `  Promise.resolve().then(() => console.log('${o} microtask', ${o}n));`, `});`,
      `${o}.observe(${o}e, { childList: true });`, `${o}e.appendChild(document.createElement('li'));`,
      `Promise.resolve().then(() => console.log('${o} promise'));`],
  ]);
}

function aPostObject(ctx) {
  if (!messageAllowed(ctx)) return [log(next('sync'))];
  need('object-port', [
    'const objectChannel = new MessageChannel();',
    'objectChannel.port2.onmessage = (e) => {',
    "  console.log('object message', e.data.n, e.data.list.join('+'), String(e.data.when instanceof Date), e.data.map.get('k'));",
    '};',
  ]);
  const n = next('obj');
  return [`const ${n.replace(' ', '')} = { n: '${n}', list: [1, 2], when: new Date(0), map: new Map([['k', 'v']]) };`,
    `objectChannel.port1.postMessage(${n.replace(' ', '')});`, `${n.replace(' ', '')}.list.push(3);`];
}

function aEventAfterDispatch() {
  const t = `ev${++label}`;
  return [`const ${t} = new CustomEvent('probe', { bubbles: true, cancelable: true, detail: { k: 'v' } });`,
    `const ${t}div = document.createElement('div');`,
    `${t}div.addEventListener('probe', (e) => console.log('during', e.eventPhase, String(e.currentTarget === ${t}div), e.composedPath().length, e.detail.k));`,
    `console.log('dispatch returned', String(${t}div.dispatchEvent(${t})));`,
    `console.log('after', ${t}.eventPhase, String(${t}.currentTarget), String(${t}.defaultPrevented), String(${t}.target === ${t}div));`];
}

function aLifecycle() {
  need('lifecycle', [
    "document.addEventListener('DOMContentLoaded', () => {",
    "  console.log('DOMContentLoaded', document.readyState);",
    "  Promise.resolve().then(() => console.log('DOMContentLoaded microtask'));",
    '});',
    "window.addEventListener('load', () => console.log('load', document.readyState));",
  ]);
  return [`console.log('readyState', document.readyState);`];
}

// ---------------------------------------------------------------- slots

const SLOT_MS = 150;
const slots = [];

function slotTimer(time, body) {
  return [`setTimeout(() => {`, ...indent(body), `}, ${time});`];
}

function frameCallback(name, depth) {
  const body = [log(`${name}`)];
  if (chance(0.6)) body.push(`Promise.resolve().then(() => ${log(`${name} microtask`).slice(0, -1)});`);
  if (chance(0.4)) body.push(`setTimeout(() => ${log(`${name} timeout 0`).slice(0, -1)}, 0);`);
  if (depth > 0 && chance(0.6)) body.push(...frameRequest(depth - 1));
  if (chance(0.3)) body.push(...actions({ depth: 1, task: ++taskCounter, lo: null, hi: null, nest: 1, until: 0, where: 'frame' }, 1));
  return body;
}

let frameCounter = 0;
function frameRequest(depth) {
  const name = `frame ${++frameCounter}`;
  const lines = [`requestAnimationFrame(() => {`, ...indent(frameCallback(name, depth)), `});`];
  if (chance(0.2)) {
    const other = `frame ${++frameCounter} (cancelled)`;
    lines.push(`cancelAnimationFrame(requestAnimationFrame(() => ${log(other).slice(0, -1)}));`);
  }
  return lines;
}

function slotFrames(time) {
  const body = [log(next('frame slot'))];
  const n = 1 + int(2);
  for (let i = 0; i < n; i++) body.push(...frameRequest(2));
  if (chance(0.4)) body.push(`queueMicrotask(() => ${log(next('micro before frames')).slice(0, -1)});`);
  return slotTimer(time, body);
}

function slotIdle(time) {
  const body = [log(next('idle slot'))];
  body.push('requestIdleCallback((deadline) => {', `  console.log('idle A', String(deadline.didTimeout));`,
    `  Promise.resolve().then(() => ${log('idle A microtask').slice(0, -1)});`,
    ...(chance(0.5) ? [`  requestIdleCallback(() => ${log('idle C').slice(0, -1)});`] : []), '});');
  if (chance(0.5)) body.push(`requestIdleCallback(() => ${log('idle B').slice(0, -1)});`);
  if (chance(0.5)) body.push(`setTimeout(() => ${log(next('timeout before idle')).slice(0, -1)}, 0);`);
  if (chance(0.3)) body.push(`cancelIdleCallback(requestIdleCallback(() => ${log('idle cancelled').slice(0, -1)}));`);
  body.push(`Promise.resolve().then(() => ${log(next('idle slot microtask')).slice(0, -1)});`);
  return slotTimer(time, body);
}

function slotInterval(time) {
  const d = pick([1, 2, 5, 10]);
  const n = 2 + int(3);
  const id = `iv${time}`;
  const body = [`let ${id}count = 0;`, `const ${id} = setInterval(() => {`, `  ${id}count++;`,
    `  console.log('tick', ${id}count);`,
    `  if (${id}count === ${n}) clearInterval(${id});`];
  if (chance(0.5)) body.push(`  Promise.resolve().then(() => console.log('tick microtask', ${id}count));`);
  body.push(`}, ${d});`);
  // nominal tick times, with the nesting clamp from level 5 on (the slot
  // timer is level 1, so the interval's ticks are levels 2, 3, ...)
  const ticks = [];
  let t = 0;
  for (let k = 1; k <= n; k++) {
    t += k + 1 > 5 && d < 4 ? 4 : d;
    ticks.push(t);
  }
  if (chance(0.6)) {
    const candidates = [0, 3, 7, 15, 25, 45].filter((x) => ticks.every((tk) => Math.abs(tk - x) >= RACE_MS));
    if (candidates.length) body.push(`setTimeout(() => ${log(next('timeout among ticks')).slice(0, -1)}, ${pick(candidates)});`);
  }
  return slotTimer(time, [log(next('interval slot')), ...body]);
}

function slotClick(time) {
  buttonListeners();
  header.push(`// @click #button ${time}ms`);
  if (chance(0.5)) {
    need('pointer', [
      "button.addEventListener('pointerdown', () => {",
      "  console.log('pointerdown');",
      "  queueMicrotask(() => console.log('pointerdown microtask'));",
      '});',
      "button.addEventListener('mousedown', () => console.log('mousedown'));",
      "button.addEventListener('mouseup', () => console.log('mouseup'));",
    ]);
  }
  if (chance(0.3)) {
    need('once-click', ["button.addEventListener('click', () => console.log('once click'), { once: true });"]);
  }
  if (chance(0.3)) {
    need('click-frame', ["button.addEventListener('click', () => {",
      "  requestAnimationFrame(() => console.log('frame after click'));",
      "  setTimeout(() => console.log('timer after click'), 0);",
      "  Promise.resolve().then(() => console.log('microtask after click'));", '});']);
  }
  return [];
}

let routeCounter = 0;
function slotFetch(time) {
  const r = ++routeCounter;
  const kind = weighted([[4, 'json'], [2, 'text'], [1, 'error'], [1, '404'], [1, 'abort']]);
  const path = `/api/r${r}`;
  if (kind === 'json') header.push(`// @fetch ${path} ${time}ms 200 {"v":${r}}`);
  else if (kind === 'text') header.push(`// @fetch ${path} ${time}ms 200 plain ${r}`);
  else if (kind === 'error') header.push(`// @fetch ${path} ${time}ms error`);
  else if (kind === '404') header.push(`// @fetch ${path} ${time}ms 404 missing`);
  else header.push(`// @fetch ${path} ${time + 100}ms 200 {"v":${r}}`);
  const lines = [];
  if (kind === 'abort') {
    lines.push(`const fc${r} = new AbortController();`,
      `fetch('${path}', { signal: fc${r}.signal })`,
      `  .then(() => ${log('not aborted').slice(0, -1)})`,
      `  .catch((e) => console.log('fetch ${r} failed', e.name));`,
      `setTimeout(() => {`, `  fc${r}.abort();`, `  ${log(`aborted fetch ${r}`)}`, `}, ${time});`);
    timers.push({ task: 'fetch', delay: 0, lo: time, hi: time + 2 });
    return lines;
  }
  if (chance(0.5)) {
    lines.push(`(async () => {`, `  try {`, `    const res = await fetch('${path}');`,
      `    console.log('status ${r}', res.status, String(res.ok));`,
      kind === 'json' ? `    const data = await res.json();` : `    const data = { v: await res.text() };`,
      `    console.log('data ${r}', data.v);`,
      `  } catch (e) {`, `    console.log('fetch ${r} error', e.name, e.message);`, `  }`, `})();`);
  } else {
    lines.push(`fetch('${path}')`, `  .then((res) => {`, `    console.log('response ${r}', res.status, res.statusText);`,
      `    Promise.resolve().then(() => ${log(`response ${r} microtask`).slice(0, -1)});`,
      `    return ${kind === 'json' ? 'res.json()' : 'res.text()'};`, `  })`,
      `  .then((body) => console.log('body ${r}', ${kind === 'json' ? 'body.v' : 'String(body)'}))`,
      `  .catch((e) => console.log('fetch ${r} rejected', e.message));`);
  }
  timers.push({ task: 'fetch', delay: 0, lo: time, hi: time + 2 });
  return lines;
}

function slotRejection(time) {
  const r = next('rejection');
  if (chance(0.6)) {
    need('unhandled', ["window.addEventListener('unhandledrejection', (e) => {",
      "  console.log('unhandledrejection', e.reason instanceof Error ? e.reason.message : String(e.reason));",
      ...(chance(0.4) ? ['  e.preventDefault();'] : []), '});']);
  }
  const body = pick([
    [`Promise.reject(new Error('${r}'));`],
    [`Promise.reject('${r}');`],
    [`(async () => { throw new TypeError('${r}'); })();`],
    [`new Promise((_, reject) => reject(new RangeError('${r}'))).then(() => ${log('never').slice(0, -1)});`],
  ]);
  return slotTimer(time, [log(next('rejection slot')), ...body, log(next('rejection slot end'))]);
}

function slotTimeoutSignal(time) {
  const v = `ts${time}`;
  return [`const ${v} = AbortSignal.timeout(${time});`,
    `${v}.addEventListener('abort', () => {`, `  console.log('timeout signal', ${v}.reason.name, ${v}.reason.message);`,
    `  Promise.resolve().then(() => ${log(next('after timeout signal')).slice(0, -1)});`, `});`];
}

function slotErrors(time) {
  errorSetup();
  const m = next('slot error');
  const body = pick([
    [`requestAnimationFrame(() => { throw new Error('${m}'); });`, `requestAnimationFrame(() => ${log(next('second frame callback')).slice(0, -1)});`],
    [`const mo${time} = new MutationObserver(() => { throw new Error('${m}'); });`,
      `const n${time} = document.createElement('p');`, `mo${time}.observe(n${time}, { attributes: true });`,
      `n${time}.id = 'q';`, `Promise.resolve().then(() => ${log(next('microtask after observer')).slice(0, -1)});`],
    [`const ch${time} = new MessageChannel();`, `ch${time}.port1.onmessage = () => { throw new Error('${m}'); };`,
      `ch${time}.port2.postMessage(1);`],
    [`(async () => {`, `  await null;`, `  throw new Error('${m}');`, `})().catch((e) => console.log('async caught', e.message));`],
  ]);
  return slotTimer(time, [log(next('error slot')), ...body]);
}

function slotTasks(time) {
  const ctx = { depth: 2, task: ++taskCounter, lo: time, hi: time + 3, nest: 1, until: time + 50, where: 'timeout' };
  return slotTimer(time, [log(next('slot task')), ...actions(ctx, 1 + int(3))]);
}

// ---------------------------------------------------------------- the script

const main = [];
const mainCtx = { depth: 3, task: 0, lo: 0, hi: 0, nest: 0, until: 100, where: 'task' };
main.push(log('script start'));
main.push(...actions(mainCtx, 2 + int(4)));
main.push(log('script end'));

const nSlots = int(4);   // 0..3, at 200, 350, 500 ms
const slotLines = [];
for (let k = 1; k <= nSlots; k++) {
  const time = 50 + SLOT_MS * k;
  const kind = weighted([[3, slotFrames], [3, slotTasks], [2, slotFetch], [2, slotClick], [2, slotIdle],
    [2, slotInterval], [2, slotRejection], [1, slotTimeoutSignal], [1, slotErrors]]);
  timers.push({ task: `slot${k}`, delay: time, lo: time, hi: time + 3 });
  slotLines.push(...kind(time));
}

const out = [...header, ''];
for (const lines of setup.values()) out.push(...lines);
out.push(...main, ...slotLines);
process.stdout.write(out.join('\n') + '\n');
