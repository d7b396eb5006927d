// typeof across values, including undeclared names, classes and boxed primitives
class C {}
const list = [1, 'a', true, undefined, null, {}, [], () => {}, C, Symbol(),
  new Number(1), new String(''), Object(Symbol()), async () => {}, function* () {}, Math, JSON, NaN, new Error("x")];
console.log(list.map(v => typeof v).join(' '));
console.log(typeof undeclaredThing, typeof typeof 1, typeof null === 'object');
console.log(typeof Date, typeof new Date(0), typeof Promise.resolve(), typeof globalThis, typeof console.log);
