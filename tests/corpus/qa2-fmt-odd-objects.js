function fnWithProps() {}
fnWithProps.version = '1.0';
fnWithProps.nested = { deep: true };
console.log(fnWithProps, [fnWithProps], { fnWithProps });
class WithStatic { static count = 3; static helper() {} }
console.log(WithStatic, [WithStatic]);
const boxed = Object('str'); boxed.extra = 1;
console.log(boxed, Object(42), Object(Symbol('b')), new Boolean(false), [new Number(-0)], new String(''));
const tagged = { [Symbol.toStringTag]: 'Custom', v: 1 };
console.log(tagged, Object.prototype.toString.call(tagged));
class Tagged2 { get [Symbol.toStringTag]() { return 'Tag2'; } constructor() { this.x = 1; } }
console.log(new Tagged2(), [new Tagged2()]);
const nullProto = Object.create(null); nullProto.a = { b: 1 };
console.log(nullProto, [nullProto], Object.setPrototypeOf({ k: 1 }, null));
const arrExtra = [1, 2]; arrExtra.name = 'extra'; arrExtra[-1] = 'neg';
console.log(arrExtra, arrExtra.length);
const errHolder = { error: { name: 'ValidationError', message: 'bad input', fields: ['email'] }, errMsg: new RangeError('r').message };
console.log(errHolder);
const weird = { __proto__: { inherited: 1 }, own: 2, ['__proto__']: 'computed own' };
console.log(weird, Object.keys(weird));
console.log(globalThis === global, typeof globalThis.setTimeout, Object.keys(Object.getOwnPropertyDescriptors({ a: 1 })));
console.log(Object.getOwnPropertyDescriptors({ get a() { return 1; }, b: 2 }));
console.log([Object.freeze({ f: 1 }), Object.seal([1])], Object.isFrozen(Object.freeze({})));
const deep = { l1: { l2: { l3: { l4: 'hidden' }, arr: [[1, [2]]] }, m: new Map([[1, { x: { y: 1 } }]]) } };
console.log(deep);
console.log(new (class Foo extends Map {})([[1, 2]]), new (class Bar extends Set {})([1]), new (class Baz extends Array {})(3).fill(0), new (class Qux extends Promise {})(() => {}));
