const { a = 1, b = 2, c: { d = 3 } = {}, ...rest } = { a: undefined, b: null, e: 5, f: 6 };
console.log(a, b, d, rest);
const [x = 'dx', y = x + '!', , z = 'dz', ...others] = [undefined, undefined, 'skip', null, 7, 8];
console.log(x, y, z, others);
let calls = 0;
const def = () => ++calls;
const [p = def(), q = def()] = [0];
console.log(p, q, calls);
function f({ name = 'anon', tags: [first = 'none'] = [] } = {}) { return `${name}:${first}`; }
console.log(f(), f({}), f({ name: 'x', tags: ['t1'] }));
const { length } = 'hello';
const [ch1, ...chars] = 'héllo';
console.log(length, ch1, chars);
let m, n;
({ m, n = m * 2 } = { m: 4 });
console.log(m, n);
const { ['comp' + 'uted']: comp = 'default' } = {};
console.log(comp);
try { const { boom } = null; } catch (e) { console.log(e.message); }
try { const [bad] = {}; } catch (e) { console.log(e.message); }
try { const { q: { r } } = { q: undefined }; } catch (e) { console.log(e.message); }
