// JSON.stringify drops undefined/functions/symbols in objects, nulls them in arrays
console.log(JSON.stringify({ u: undefined, f() {}, s: Symbol('x'), n: null, ok: 1 }));
console.log(JSON.stringify([undefined, function () {}, Symbol('y'), NaN, Infinity, -0]));
console.log(JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify(Symbol()));
console.log(JSON.stringify({ [Symbol('k')]: 1 }), JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])));
console.log(JSON.stringify(new Number(5)), JSON.stringify(new String('s')), JSON.stringify(Object(false)));
console.log(JSON.stringify({ nested: { u: undefined } }), JSON.stringify([, 1]));
