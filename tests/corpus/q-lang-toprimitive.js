// Symbol.toPrimitive receives the hint: number, string or default
const obj = {
  [Symbol.toPrimitive](hint) {
    console.log('hint', hint);
    return hint === 'number' ? 42 : hint === 'string' ? 'str' : 'dflt';
  },
};
console.log(+obj);
console.log(`${obj}`);
console.log(obj + '');
console.log(obj * 2);
console.log(obj == 'dflt');
console.log(String(obj));
console.log([obj] + '');
console.log(obj < 50);
const d = { valueOf() { return 3; }, toString() { return 'seven'; } };
console.log(d + 1, `${d}`, d * d, [d, d].join('-'), d > 2);
