// V8 names the expression (or the callee of a call) that is not iterable.
const h = { x: 5, get() { return 5; }, u: undefined, n: null };
const n = 5, fn = () => 5, o = { [Symbol.iterator]: () => ({}) };
const forms = [
  () => { for (const a of h.get()); }, () => { for (const a of fn()); }, () => { for (const a of new Object()); },
  () => { for (const a of h.x); }, () => { for (const a of h.u); }, () => { for (const a of n + 1); },
  () => [...fn()], () => [...h.n], () => [...h['x']], () => [...new Object()], () => [...fn?.()], () => [...(0, n)],
  () => { const [a] = fn(); }, () => { const [a] = new Object(); }, () => { const [a] = h.get(); }, () => { let a; [a] = n; },
  () => { (function* () { yield* h.x; })().next(); }, () => fn(...h.n), () => fn(...n),
  () => [...o], () => [1, ...h.o], () => Math.max(...o), () => new Set(...[o]), () => { for (const x of o); },
];
for (const f of forms) { try { f(); console.log('ok'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
(async () => {
  for (const f of [async () => { for await (const a of h.x); }, async () => { for await (const a of fn()); },
                   async () => { for await (const a of h.u); }, async () => { for await (const a of new Object()); }]) {
    try { await f(); } catch (e) { console.log('async', e.constructor.name + ': ' + e.message); }
  }
})();
