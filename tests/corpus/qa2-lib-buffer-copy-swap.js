const src = Buffer.from('abcdefgh');
const dst = Buffer.alloc(6, '.');
console.log(src.copy(dst), dst.toString());
dst.fill('.');
console.log(src.copy(dst, 2, 5), dst.toString(), src.copy(dst, 0, 6, 100), dst.toString());
console.log(src.copy(dst, 10), src.copy(dst, 0, 3, 3), src.copy(dst, 0, 5, 2), dst.toString());
const overlap = Buffer.from('0123456789');
overlap.copy(overlap, 2, 0, 6);
console.log(overlap.toString());
const u8 = new Uint8Array(4);
console.log(Buffer.from([9, 8, 7, 6, 5]).copy(u8, 1), u8);
for (const bad of [() => src.copy({}), () => src.copy(dst, -1), () => src.copy(dst, 0, 99), () => src.copy(dst, 0, 0, -2)]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
const words = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08]);
console.log(Buffer.from(words).swap16(), Buffer.from(words).swap32(), Buffer.from(words).swap64());
try { Buffer.from([1, 2, 3]).swap16(); } catch (e) { console.log(e.name, e.code, e.message); }
const le = Buffer.from('\u00e9t\u00e9', 'utf16le');
console.log(le, Buffer.from(le).swap16().toString('hex'), le.toString('utf16le'));
