// Proxy objects print like their target
const p = new Proxy({ a: 1, b: [2] }, {});
console.log(p, [p]);
const pa = new Proxy([1, 2, 3], {});
console.log(pa, Array.isArray(pa));
const pf = new Proxy(function named() {}, {});
console.log(pf, typeof pf);
