// %TypedArray%.prototype methods on shared buffers
const buffer = new ArrayBuffer(8);
const bytes = new Uint8Array(buffer);
const words = new Uint16Array(buffer, 2, 2);
bytes.set([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(words[0].toString(16), words.byteOffset, words.length);
const view = bytes.subarray(4);
view.fill(0, 1, 3);
console.log(bytes.join(','), view.length, view.buffer === buffer);
const copy = bytes.slice(2, 5);
copy[0] = 99;
console.log(bytes[2], copy, copy.buffer === buffer);
const nums = new Float64Array([3, -1, 10, 2, -0, 0]);
console.log(nums.sort(), nums.toSorted((x, y) => y - x));
console.log(nums.map(Math.sqrt).filter(Number.isFinite).reduce((s, x) => s + x, 0).toFixed(3));
console.log(nums.indexOf(0), nums.lastIndexOf(0), nums.includes(NaN), nums.at(-1), nums.with(0, 7)[0]);
console.log([...nums.entries()].slice(0, 2), nums.findLast((x) => x < 3), Int8Array.from('123', Number));
for (const bad of [() => new Uint8Array(2).set([1, 2, 3]), () => new Uint8Array(1).with(1, 0), () => new Int16Array(new ArrayBuffer(3))]) {
  try { bad(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
