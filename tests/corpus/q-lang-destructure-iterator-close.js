// array destructuring closes the iterator when it does not exhaust it
function* gen() {
  try {
    for (let i = 1; ; i++) { console.log('yield', i); yield i; }
  } finally {
    console.log('closed');
  }
}
const [a, b] = gen();
console.log(a, b);
const [x, ...rest] = [1, 2, 3].values();
console.log(x, rest);
const iterable = {
  [Symbol.iterator]() {
    let n = 0;
    return { next: () => ({ value: n++, done: n > 5 }), return: () => { console.log('return called'); return {}; } };
  },
};
const [p, , q] = iterable;
console.log(p, q);
const [...all] = iterable;
console.log(all);
for (const v of iterable) { if (v === 1) break; }
