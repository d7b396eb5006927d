// Generators, async iteration, timers, microtasks and classes with private members.
class A { #p = 1; static #s = 2; get p() { return this.#p; } static has(o) { return #p in o; } }
async function* gen() { yield 1; await null; yield* [2, 3]; }
(async () => {
  for await (const v of gen()) console.log('v', v);
  const r = await Promise.allSettled([Promise.reject(new Error('x')), 1n, new Promise((r) => setTimeout(r, 5, 'late'))]);
  console.log(r, A.has(new A()), new A().p);
})();
queueMicrotask(() => console.log('micro'));
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('immediate'));
const id = setInterval(() => { console.log('interval'); clearInterval(id); }, 1);
Promise.any([]).catch((e) => console.log(e.constructor.name, e.errors));
label: for (const [k, v] of Object.entries({ a: 1, b: 2 })) { if (v > 1) break label; console.log(k); }
