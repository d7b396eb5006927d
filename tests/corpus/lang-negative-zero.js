// -0 prints as 0 in strings but -0 in console.log; detecting it
const nz = -0;
console.log(nz, [nz], { nz });
console.log(String(nz), nz + '', `${nz}`, JSON.stringify(nz), nz.toString());
console.log(1 / nz, Object.is(nz, -0), nz === 0);
console.log(0 * -1, -0 + 0, -0 - 0, Math.round(-0.4), Math.sign(-0));
console.log((-0).toFixed(2), Math.min(0, -0), Math.max(-0, 0));
