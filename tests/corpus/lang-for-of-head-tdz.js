// for (let/const x of/in EXPR): EXPR runs with the loop's names uninitialised (TDZ).
const tryIt = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name, e.message); }
};
tryIt('of', () => { for (let x of [x]) return x; });
tryIt('in', () => { for (const k in { a: k }) return k; });
tryIt('pattern', () => { for (const [a, b] of [[b, 1]]) return a; });
tryIt('closure', () => { for (let x of (() => [typeof x])()) return x; });
tryIt('outer shadowed', () => { const x = 'outer'; for (let x of [x]) return x; });
tryIt('outer visible', () => { const y = 'outer'; for (let x of [y]) return x; });
tryIt('var is fine', () => { for (var v of [v]) return v; });
tryIt('nested', () => { for (const x of [1, 2]) for (const y of [x * 10]) return y; });
