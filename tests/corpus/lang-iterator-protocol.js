// a hand-written iterable object used by for-of, spread and destructuring
const range = {
  from: 1,
  to: 4,
  [Symbol.iterator]() {
    let cur = this.from;
    const last = this.to;
    return {
      next() {
        return cur <= last ? { value: cur++, done: false } : { value: undefined, done: true };
      },
    };
  },
};
for (const n of range) console.log(n);
console.log([...range]);
const [a, b] = range;
console.log(a, b);
console.log(Array.from(range, x => x * 2));
console.log(Math.max(...range));
const it = [10, 20][Symbol.iterator]();
console.log(it.next(), it.next(), it.next());
