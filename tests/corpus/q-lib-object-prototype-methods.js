// Object.prototype methods: hasOwnProperty, isPrototypeOf, toString tags, valueOf
const o = { a: 1 };
console.log(o.hasOwnProperty('a'), o.hasOwnProperty('toString'), Object.prototype.isPrototypeOf(o));
console.log([undefined, null, 1, 'a', true, [], {}, () => {}, new Date(0), Symbol(), Math, JSON].map(v => Object.prototype.toString.call(v)).join(' '));
console.log(o.valueOf() === o, o.toLocaleString(), Object.prototype.propertyIsEnumerable.call([1], 0));
console.log(Object.getPrototypeOf(Object.prototype), typeof Object.prototype.__proto__);
const noProto = Object.create(null);
console.log('hasOwnProperty' in noProto, Object.hasOwn(noProto, 'x'));
const withProto = { __proto__: { inherited: 1 }, own: 2 };
console.log(withProto.inherited, Object.keys(withProto), { ['__proto__']: 1 }.__proto__ === 1);
