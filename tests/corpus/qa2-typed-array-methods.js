const ta = new Int16Array([5, -2, 9, 0, 3]);
console.log(ta.filter(x => x > 0), ta.find(x => x < 0), ta.findLastIndex(x => x > 4), ta.every(Number.isInteger), ta.some(x => x > 8));
console.log(ta.reduce((a, b) => a + b), ta.reduceRight((a, b) => a + ',' + b), ta.includes(9), ta.lastIndexOf(3), Array.prototype.slice.call(ta, 1, 3));
console.log(ta.toSorted?.(), ta.toReversed?.(), ta.with?.(0, 100), ta, ta.toSorted ? typeof ta.toSorted : 'x');
const copy = new Int16Array(ta); copy[0] = 999;
console.log(ta[0], copy[0], new Int16Array(ta.buffer)[0], new Uint8Array(ta.buffer).length);
const set = new Uint8Array(6); set.set([1, 2], 1); set.set(new Uint8Array([9, 9]), 4);
console.log(set, set.copyWithin(0, 3), Uint8Array.of(1, 2, 3), Uint8Array.from('123', Number), Uint8Array.from({ length: 3 }, (_, i) => i * 2));
try { set.set([1, 2, 3], 5); } catch (e) { console.log(e.name, e.message); }
const f32 = new Float32Array([1.1, 0.1]);
console.log(f32[0], f32[1], f32[0] === 1.1, Math.fround(1.1) === f32[0]);
const u8 = new Uint8Array(3); u8[0] = 256; u8[1] = -1; u8[2] = 3.9; u8[5] = 1; u8['-0'] = 5; u8.foo = 'bar';
console.log(u8, u8[5], Object.keys(u8), 5 in u8, u8.length);
const it = new Uint8Array([10, 20]).entries();
console.log(it.next(), [...it], Object.getPrototypeOf(Uint8Array).name, Uint8Array.name, Uint8Array.BYTES_PER_ELEMENT);
console.log(new Uint8Array(new ArrayBuffer(8), 2).length, new Uint8Array([1, 2, 3, 4]).subarray(-2), new Float64Array(2).fill(0.5).join());
const grown = new ArrayBuffer(4, { maxByteLength: 16 });
console.log(grown.resizable, grown.maxByteLength);
