// Top-level await makes Node 20 run this file as an ES module.
console.log('this at top level:', this, typeof require, typeof module, typeof __filename, typeof arguments);
const sleep = (ms, v) => new Promise(r => setTimeout(r, ms, v));
console.log(await sleep(5, 'first'));
for await (const x of [sleep(3, 'a'), 'b', Promise.resolve('c')]) console.log('for await', x);
const results = await Promise.all([sleep(2, 1), sleep(1, 2)]);
console.log(results);
try { await Promise.reject(new Error('caught at top level')); } catch (e) { console.log(e.message); }
function hoisted() { return 'hoisted works'; }
console.log(hoisted(), typeof globalThis.hoisted);
var v = 1;
console.log('var is not global:', globalThis.v);
try { undeclared = 1; } catch (e) { console.log(e.name, e.message); }
process.on('exit', (c) => console.log('exit', c));
