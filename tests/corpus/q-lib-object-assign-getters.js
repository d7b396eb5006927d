// Object.assign invokes getters on the source and setters on the target; spread defines
const src = { get g() { console.log('getter'); return 'G'; }, plain: 1 };
const target = { set plain(v) { console.log('setter', v); } };
Object.assign(target, src);
console.log(Object.getOwnPropertyDescriptor(target, 'g'));
const spread = { ...src };
console.log(Object.getOwnPropertyDescriptor(spread, 'g'));
console.log(Object.assign({}, 'ab', null, [9], { 1: 'x' }), Object.assign([1, 2], [3]));
const sym = Symbol('s');
console.log(Object.assign({}, { [sym]: 1 })[sym], Object.assign(1, { a: 1 }).a);
try { Object.assign(Object.freeze({ a: 1 }), { a: 2 }); } catch (e) { console.log(e.name + ': ' + e.message); }
