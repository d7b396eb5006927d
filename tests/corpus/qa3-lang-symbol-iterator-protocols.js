class Range {
  constructor(a, b) { this.a = a; this.b = b; }
  *[Symbol.iterator]() { for (let i = this.a; i <= this.b; i++) yield i; }
}
const r = new Range(1, 4);
console.log([...r], Array.from(r, x => x * x), Math.max(...r));
const [first, ...restR] = r;
console.log(first, restR);
console.log(new Set(r).size, new Map([...r].map(x => [x, x])).get(3));
const manual = { i: 0, next() { return { done: this.i >= 2, value: this.i++ }; }, [Symbol.iterator]() { return this; } };
for (const v of manual) console.log('manual', v);
const it = [10, 20][Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), Object.prototype.toString.call(it));
try { for (const x of { a: 1 }) {} } catch (e) { console.log(e.message); }
try { [...{ [Symbol.iterator]: () => ({}) }]; } catch (e) { console.log(e.message); }
try { const [z] = { [Symbol.iterator]() { return { next: () => 5 }; } }; } catch (e) { console.log(e.message); }
console.log(Symbol.iterator in Object('str'), typeof ''[Symbol.iterator]);
