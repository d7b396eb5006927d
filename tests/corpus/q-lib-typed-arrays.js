// typed arrays: overflow wrapping, clamping, and views sharing a buffer
const u8 = new Uint8Array([255, 256, -1, 1.7]);
console.log(u8, u8.length, u8.byteLength);
console.log(new Uint8ClampedArray([300, -5, 1.5, 2.5]));
const buf = new ArrayBuffer(8);
const view = new DataView(buf);
view.setInt16(0, -2);
console.log(new Uint8Array(buf), view.getUint16(0), view.getInt16(0, true));
const f32 = new Float32Array([0.1]);
console.log(f32[0], Array.from(new Int8Array([127, 128, 129])));
