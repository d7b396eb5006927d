// Object.prototype.toString tags for built-in values and Symbol.toStringTag
const ts = v => Object.prototype.toString.call(v);
console.log(ts({}), ts([]), ts(null), ts(undefined), ts(1), ts('s'), ts(true));
console.log(ts(() => {}), ts(new Map()), ts(new Set()), ts(Symbol()), ts(Promise.resolve()));
console.log(ts(new Error('x')), ts(Math), ts(JSON), ts(new WeakMap()));
console.log(ts((function () { return arguments; })()), ts(function* () {}()));
class Custom { get [Symbol.toStringTag]() { return 'Mine'; } }
console.log(ts(new Custom()), String(new Custom()), `${{}}`);
