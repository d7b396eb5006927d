const { a = 1, b: { c = 2, ...restB } = {}, ...rest } = { b: { c: undefined, d: 4, e: 5 }, f: 6, g: 7 };
console.log(a, c, restB, rest);
const [x = 'dx', [y] = ['dy'], ...[z, ...w]] = [undefined, undefined, 1, 2, 3];
console.log(x, y, z, w);
let p, q;
({ p, q = p * 2 } = { p: 5 });
[p, q] = [q, p];
console.log(p, q);
const { length, 0: firstChar, [length - 1]: lastChar } = 'hello';
console.log(length, firstChar, lastChar);
function params({ name = 'anon', opts: { verbose = false } = {} } = {}, ...[extra = 'none']) { return [name, verbose, extra]; }
console.log(params(), params({ name: 'n', opts: { verbose: 1 } }, 'e'), params.length);
const key = 'dyn';
const { [key]: dynVal = 'default', [`${key}2`]: dyn2 = 'd2' } = { dyn: 0 };
console.log(dynVal, dyn2);
let log = [];
const src = { get v() { log.push('get v'); return undefined; } };
const { v = (log.push('default evaluated'), 9) } = src;
console.log(v, log);
try { const { n } = null; } catch (e) { console.log(e.message); }
try { const [m] = {}; } catch (e) { console.log(e.message); }
try { const { u: { deep } } = {}; } catch (e) { console.log(e.message); }
const map = new Map([['k1', 1], ['k2', 2]]);
for (const [k, val] of map) console.log(k, val);
const [, second] = new Set(['s1', 's2']);
console.log(second, Object.entries({ m: 1 }).map(([k, val]) => `${k}=${val}`));
const { ...copy } = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 } });
console.log(copy);
