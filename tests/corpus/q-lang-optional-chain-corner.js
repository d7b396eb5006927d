// optional chaining short-circuits the whole chain, including calls and deletes
const o = { a: { b: null, f() { return this === o.a; } }, arr: [1, 2] };
console.log(o?.a?.b?.c.d.e, o.x?.y.z, o.a.f?.(), o.a.g?.(), o.arr?.[1], o.nope?.[0]);
console.log(delete o?.a?.b, o.a, delete o.zzz?.q);
let calls = 0;
const n = null;
n?.[calls++];
console.log(calls);
console.log((o.a).f(), (o?.a).f(), o.a?.['f']());
try { o.x?.y.z(); console.log('fine'); } catch (e) { console.log(e.message); }
try { (o.x?.y).z; } catch (e) { console.log(e.name + ': ' + e.message); }
try { o.a.b.c; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(null ?? 'd', 0 ?? 'd', '' || 'd', 0 || null || undefined, 1 && 2 && 3);
