class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
class Tagged { get [Symbol.toStringTag]() { return 'Tg'; } }
const err = new Error('boom');
console.log({ p: new Point(1, 2), e: new Empty(), t: new Tagged(), msg: err.message });
console.log(new Map([[{ a: 1 }, new Point(3, 4)], ['k', [1, [2, [3, [4]]]]]]));
console.log(new Set([new Set([1]), new Map(), [], {}]));
console.log({ a: { b: { c: { d: { e: 1 } } } }, arr: [[[[1]]]] });
console.log(Array.from({ length: 30 }, (_, i) => i * 1000));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 8 }, (_, i) => 'item number ' + i));
console.log({ longKeyNumberOne: 'value one is here', longKeyNumberTwo: 'value two is here', k3: 3 });
console.log([{ id: 1, name: 'alice', tags: ['a', 'b'] }, { id: 2, name: 'bob', tags: [] }]);
console.log(Object.create(null), Object.assign(Object.create(null), { x: 1 }));
console.log([undefined, null, NaN, -0, 0, 1e21, 1e-7, 'str', Symbol('s'), 10n, true]);
console.log({ f() {}, g: () => {}, h: function named() {}, k: class {}, l: class L extends Point {}, async am() {}, *gen() {} });
console.log([function () {}, Math.max, Symbol.iterator, Object(1), Object('ab'), Object(true)]);
console.log({ 'quoted-key': 1, valid_id: 2, 3: 'three', [Symbol('sym')]: 4, 'it\'s': "a'b", nl: 'a\nb' });
const circ = { name: 'c' }; circ.self = circ; circ.list = [circ, { back: circ }];
console.log(circ);
console.log([1, , 3, , , 6], new Array(5), [, 'a'], Object.assign([1, 2], { extra: true }));
console.log(new Date(0), [new Date(86400000)], { d: new Date(NaN) });
console.log(/re/gi, [/x\/y/], new WeakMap(), new WeakSet(), Promise.resolve(4), Promise.reject(3).catch(() => {}) && 1);
console.log([Promise.resolve({ a: 1 }), new Promise(() => {})]);
