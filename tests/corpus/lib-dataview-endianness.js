// DataView: explicit byte order, mixed widths, bounds errors
const view = new DataView(new ArrayBuffer(12));
view.setUint16(0, 0x1234);
view.setUint16(2, 0x1234, true);
view.setFloat32(4, 1.5);
view.setInt32(8, -2, true);
console.log(new Uint8Array(view.buffer));
console.log(view.getUint16(0).toString(16), view.getUint16(2).toString(16), view.getFloat32(4), view.getInt32(8, true));
console.log(view.getUint32(8), view.getInt8(8), view.getBigUint64(4, true));
const part = new DataView(view.buffer, 4, 4);
console.log(part.byteOffset, part.byteLength, part.getFloat32(0));
for (const bad of [() => part.getUint32(1), () => part.setInt8(4, 1), () => new DataView(view.buffer, 13), () => new DataView([])]) {
  try { bad(); } catch (e) { console.log(e.name + ': ' + e.message); }
}
