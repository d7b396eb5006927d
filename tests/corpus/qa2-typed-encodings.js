const buf = new ArrayBuffer(8);
const view = new DataView(buf);
view.setUint16(0, 0xCAFE);
view.setUint16(2, 0xCAFE, true);
view.setFloat32(4, 1.5);
console.log(new Uint8Array(buf), view.getUint32(0), view.getInt16(0), view.getFloat32(4), view.getUint8(4));
const u8 = Uint8Array.from([250, 251, 252, 253, 254, 255, 256, -1]);
console.log(u8, new Int8Array(u8.buffer), new Uint8ClampedArray([300, -5, 1.5, 2.5]));
const f64 = new Float64Array([0.1, -0, NaN, Infinity]);
console.log(f64, new Uint8Array(f64.buffer, 0, 8));
const u16 = new Uint16Array(4).fill(0x1234);
console.log(u16, u16.subarray(1, 3), u16.slice(2), u16.map(x => x + 1), [...u16.keys()]);
const i32 = new Int32Array([5, -3, 10, 1]);
console.log(i32.sort(), Array.from(i32.reverse()), i32.join('|'), i32.indexOf(10), i32.at(-1));
console.log(Object.prototype.toString.call(i32), i32.BYTES_PER_ELEMENT, i32.byteLength, i32.length, i32.byteOffset);
try { new DataView(buf).getUint32(6); } catch (e) { console.log(e.name, e.message); }
try { new Uint32Array(buf, 1); } catch (e) { console.log(e.name, e.message); }
try { new Uint16Array(new ArrayBuffer(3)); } catch (e) { console.log(e.name, e.message); }
const big = new BigInt64Array([1n, -1n]);
console.log(big, new BigUint64Array(big.buffer));
console.log(buf.slice(2, 4).byteLength, ArrayBuffer.isView(view), ArrayBuffer.isView(buf));
