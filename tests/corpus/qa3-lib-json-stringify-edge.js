console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol('x'), n: null, nan: NaN, inf: -Infinity }));
console.log(JSON.stringify([undefined, function () {}, Symbol()]));
console.log(JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify(null));
console.log(JSON.stringify(new Date(0)), JSON.stringify({ d: new Date(86400000) }));
console.log(JSON.stringify('\u2028\u2029"\\\b\f\n\r\t\u0001\ud800'));
console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, '--'));
console.log(JSON.stringify({ a: 1, b: 2 }, null, 20).split('\n')[1].length);
console.log(JSON.stringify([[]], null, 2), JSON.stringify({}, null, 2));
console.log(JSON.stringify({ b: 1, a: 2, 1: 3 }, ['a', 1]));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object.create({ inherited: 1 })));
try { JSON.stringify(10n); } catch (e) { console.log(e.name + ': ' + e.message); }
const c = { name: 'c' }; c.me = c;
try { JSON.stringify(c); } catch (e) { console.log(e.name + ': ' + e.message.split('\n')[0]); }
console.log(JSON.stringify({ toJSON(key) { return 'key=' + key; } }), JSON.stringify({ x: { toJSON(k) { return k; } } }));
console.log(JSON.stringify(new String('s')), JSON.stringify(Object(false)), JSON.stringify([new Number(3)]));
