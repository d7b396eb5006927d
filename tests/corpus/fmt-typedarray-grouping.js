// typed arrays print like arrays: counts, number grouping, truncation, extras
console.log(new Uint8Array([1, 2, 3]), new Float64Array([0.5, -0, NaN]));
console.log(new Int16Array(26).map((_, i) => i * (i % 2 ? -37 : 1000)));
console.log(new Uint8Array(105));
const tagged = new Uint32Array(2);
tagged.label = 'ids';
console.log(tagged, { nested: { deeper: new Int8Array([1]) } });
console.log([new Uint8ClampedArray(0), new BigInt64Array([1n, -2n])]);
class Pixels extends Uint8ClampedArray {}
console.log(new Pixels([255, 0, 128]));
