const s1 = Symbol('id'), s2 = Symbol('id');
console.log(s1 === s2, s1.toString(), s1.description, Symbol.for('k') === Symbol.for('k'), Symbol.keyFor(Symbol.for('k')), Symbol.keyFor(s1));
const obj = { [s1]: 1, regular: 2 };
console.log(Object.keys(obj), Object.getOwnPropertySymbols(obj), JSON.stringify(obj), s1 in obj, Reflect.ownKeys(obj));
class Collection {
  #items = [3, 1, 2];
  *[Symbol.iterator]() { yield* this.#items.toSorted(); }
  get [Symbol.toStringTag]() { return 'Collection'; }
  static [Symbol.hasInstance](i) { return Array.isArray(i); }
}
console.log([...new Collection()], String(new Collection()), [] instanceof Collection, new Collection() instanceof Collection);
const spreadable = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
console.log([1].concat(spreadable), [1].concat(Object.assign([2, 3], { [Symbol.isConcatSpreadable]: false })));
const re = { [Symbol.replace](s, r) { return `replaced(${s},${r})`; }, [Symbol.split](s) { return s.split('').reverse(); } };
console.log('abc'.replace(re, 'X'), 'abc'.split(re));
const matcher = { [Symbol.match]: false, toString() { return '/not-a-regex/'; } };
console.log('x/not-a-regex/'.includes(matcher), 'a/not-a-regex/'.startsWith(matcher, 1));
try { 'abc'.includes(/b/); } catch (e) { console.log(e.message); }
try { Symbol() + 1; } catch (e) { console.log(e.message); }
try { new Symbol(); } catch (e) { console.log(e.message); }
console.log(typeof Symbol.iterator, Symbol.asyncIterator.toString(), Object(s1) == s1, typeof Object(s1), Symbol('x').description?.length);
