// Date, boxed primitives with keys, arguments, and Object(symbol) in containers
const d = new Date(Date.UTC(2020, 5, 15, 12, 30));
console.log(d, [d], { d });
console.log(new Date(NaN), [new Date(NaN)]);
(function () { console.log(arguments, [arguments]); })(1, 'two');
console.log([new Boolean(true), new String('s'), new Number(NaN)]);
console.log(Object(Symbol('boxed')), Object('abc').length);
console.log(globalThis === global, typeof globalThis);
