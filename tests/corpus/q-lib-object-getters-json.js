// JSON.stringify calls getters, skips non-enumerable and symbol keys, uses toJSON on nested values
const o = {
  get computed() { return this.base * 2; },
  base: 21,
  nested: { toJSON() { return { replaced: true }; } },
  date: new Date(0),
  [Symbol('s')]: 'hidden',
};
Object.defineProperty(o, 'secret', { value: 'x', enumerable: false });
console.log(JSON.stringify(o));
console.log(JSON.stringify(o, ['base', 'nested', 'replaced']));
console.log(JSON.stringify(o, (k, v) => (typeof v === 'number' ? v + 1 : v)));
console.log(JSON.stringify([new String('s'), new Number(1), new Boolean(false)]));
console.log(JSON.stringify({ a: 1, b: [1, 2] }, null, 10).split('\n').length, JSON.stringify({ a: 1 }, null, '\t'));
