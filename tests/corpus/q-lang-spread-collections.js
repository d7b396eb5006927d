// spreading strings, maps, sets, and iterators into arrays and calls
console.log([...'héllo']);
const m = new Map([['a', 1], ['b', 2]]);
console.log([...m], [...m.keys()], [...m.values()]);
const s = new Set([3, 1, 3, 2, 1]);
console.log([...s], Math.max(...s));
console.log([...'ab'].map((c, i) => c + i));
console.log({ ...'hi' }, { ...[1, 2] }, { ...null }, { ...123 });
const args = (...xs) => xs.length;
console.log(args(...'four', ...[1, 2], ...new Set('aab')));
try { console.log([...{}]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { console.log(Math.max(...5)); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.fromEntries(m), new Map(Object.entries({ x: 1 })));
