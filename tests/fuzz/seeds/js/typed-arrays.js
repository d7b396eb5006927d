// ArrayBuffer, DataView, every typed array kind, Buffer and TextEncoder.
const buf = new ArrayBuffer(16);
const dv = new DataView(buf, 2, 12);
dv.setFloat64(0, Math.PI, true); dv.setInt16(8, -2); dv.setUint32(4, 0xdeadbeef);
console.log(dv.getUint8(0), dv.getInt16(8), dv.getFloat32(4, true), dv.getBigInt64(0), buf.byteLength);
for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
  const t = T === BigInt64Array || T === BigUint64Array ? new T([1n, -2n, 3n]) : new T([1, -2, 300.5, NaN]);
  console.log(T.name, t, t.length, t.subarray(1).byteOffset, t.slice(-2), T.BYTES_PER_ELEMENT);
}
const u8 = Uint8Array.from([5, 4, 3, 2, 1]).sort();
u8.set([9, 9], 3); u8.copyWithin(0, 3); u8.fill(7, 4);
console.log(u8, u8.indexOf(9), u8.join('-'), new Uint16Array(u8.buffer, 0, 2), buf.slice(2, 6));
try { new DataView(buf).getInt32(14); } catch (e) { console.log(e.message); }
try { new Uint32Array(buf, 3); } catch (e) { console.log(e.message); }
const b = Buffer.from('héllo wörld');
console.log(b, b.toString('hex'), b.toString('base64'), Buffer.alloc(4, 'ab'), Buffer.concat([b, b]).length);
console.log(new TextEncoder().encode('€😀'), new TextDecoder().decode(new Uint8Array([0xe2, 0x82, 0xac, 0xff])));
const s = new ArrayBuffer(8, { maxByteLength: 16 }); s.resize(12); console.log(s.byteLength, s.resizable);
