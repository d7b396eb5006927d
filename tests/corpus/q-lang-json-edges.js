// JSON edge cases: undefined/functions/symbols, NaN, nested toJSON, lone surrogates
console.log(JSON.stringify({ a: undefined, b: () => 1, c: Symbol('x'), d: NaN, e: -Infinity, f: null }));
console.log(JSON.stringify([undefined, () => 1, Symbol('x'), NaN]));
console.log(JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify(null), JSON.stringify('\u2028'));
console.log(JSON.stringify('\ud800'), JSON.stringify('😀'), JSON.stringify('\u0007\b\t'));
console.log(JSON.stringify({ toJSON(key) { return 'key:' + key; } }), JSON.stringify({ x: { toJSON(k) { return k; } } }));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object(true)));
console.log(JSON.parse('{"__proto__": 1, "a": [1, {"b": null}]}'), JSON.parse(' "x" '), JSON.parse('1e2'));
console.log(JSON.parse('{"a":1,"a":2}'), JSON.stringify({ a: [] }, null, 2), JSON.stringify([[]], null, '--'));
