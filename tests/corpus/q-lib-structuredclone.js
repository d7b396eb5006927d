// structuredClone deep-copies maps, dates, cycles but not functions
const src = { a: [1, { b: 2 }], m: new Map([['k', new Set([1])]]), d: new Date(0) };
src.self = src;
const c = structuredClone(src);
console.log(c.a[1] !== src.a[1], c.self === c, c.m.get('k').has(1), c.d.getTime());
try { structuredClone({ f() {} }); } catch (e) { console.log(e.name); }
console.log(JSON.parse(JSON.stringify({ d: new Date(0), u: undefined })));
