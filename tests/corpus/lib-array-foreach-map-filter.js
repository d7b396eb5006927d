// forEach returns undefined; map/filter create new arrays; callbacks get (value, index, array)
const a = [1, 2, 3, 4];
const r = a.forEach((v, i, arr) => { arr[i] = v * 10; });
console.log(r, a);
console.log(a.map((v, i) => v + i));
console.log(a.filter(v => v > 15), a.filter((_, i) => i % 2 === 0));
console.log(['1', '2', '3'].map(Number), ['1', '2', '3'].map(parseInt));
console.log([1, , 3].map(x => x * 2), [1, , 3].filter(() => true));
const ctx = { m: 3 };
console.log([1, 2].map(function (x) { return x * this.m; }, ctx));
