// Regular expressions, symbols, getters, destructuring, tagged templates, optional chaining.
const re = /(?<y>\d{4})-(?<m>\d\d)|[\p{L}]+/gu;
console.log('2024-05 and héllo'.matchAll(re).next().value.groups, 'a1b2'.replace(/\d/g, (d) => d * 2));
const { a = 1, ...rest } = { b: 2, c: 3 }; const [x, , ...ys] = 'hello';
console.log(a, rest, x, ys, null?.x?.y, undefined ?? 'dflt', 0 || 'or', 1 && 'and');
const tag = (s, ...v) => s.raw.join('|') + v.join(',');
console.log(tag`a${1}b${2}c`, Symbol.for('k').description, Object.getOwnPropertySymbols({ [Symbol.iterator]: 1 }));
console.log(new Date(0).toISOString(), Math.max(...[1, 5, 3]), Number('0x1F'), parseInt('08'), (1234.5678).toFixed(2));
console.log(Array.from({ length: 3 }, (_, i) => i ** 2), new Set([1, 1, 2]), new WeakRef({}).constructor.name);
console.log(structuredClone({ d: new Map([[1, [2]]]) }), [1, 2, 3].findLast((n) => n % 2));
