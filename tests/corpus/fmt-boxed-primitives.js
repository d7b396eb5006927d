// boxed primitives print as [Number: 3], [String: 'abc'], [Boolean: true], [Symbol: Symbol(s)]
console.log(new Number(3), new String('abc'), new Boolean(true), Object(Symbol('s')));
console.log([new Number(-0)], { s: new String('') });
console.log(new Number(NaN), new Boolean(false), Object(1.5));
const withProp = new String('hi');
withProp.extra = 1;
console.log(withProp);
