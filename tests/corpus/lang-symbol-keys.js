// symbols as property keys are hidden from keys/JSON but visible via Reflect.ownKeys
const id = Symbol('id');
const obj = { name: 'n', [id]: 123 };
console.log(Object.keys(obj), JSON.stringify(obj));
console.log(obj[id], id in obj);
console.log(Object.getOwnPropertySymbols(obj).map(s => s.toString()));
console.log(Reflect.ownKeys(obj).length);
const shared = Symbol.for('app');
console.log(Symbol.for('app') === shared, Symbol('app') === Symbol('app'), Symbol.keyFor(shared));
for (const k in obj) console.log('for-in', k);
