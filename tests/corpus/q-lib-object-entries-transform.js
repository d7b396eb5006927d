// Object.entries/fromEntries transforms: map values, filter keys, invert, on arrays and strings
const prices = { apple: 1.2, pear: 0.8, kiwi: 2.5 };
console.log(Object.fromEntries(Object.entries(prices).map(([k, v]) => [k, v * 2])));
console.log(Object.fromEntries(Object.entries(prices).filter(([, v]) => v > 1)));
console.log(Object.fromEntries(Object.entries(prices).map(([k, v]) => [v, k])));
console.log(Object.entries('hi'), Object.keys([4, 5]), Object.values('ab'), Object.entries(5));
console.log(Object.fromEntries([['a', 1], ['a', 2]]), Object.fromEntries(new Map([[{}, 'x']])));
try { Object.entries(null); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.fromEntries([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
