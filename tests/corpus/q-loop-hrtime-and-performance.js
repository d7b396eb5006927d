// process.hrtime and performance.now move forward across a busy wait
const h0 = process.hrtime();
const p0 = performance.now();
const hb0 = process.hrtime.bigint === undefined ? null : 'has bigint';
const t = Date.now();
while (Date.now() - t < 20) {}
const [s, ns] = process.hrtime(h0);
const elapsed = s * 1e3 + ns / 1e6;
console.log(elapsed >= 19, elapsed < 5000, performance.now() - p0 >= 19, typeof p0, hb0);
console.log(Array.isArray(h0), h0.length, Number.isInteger(h0[1]));
