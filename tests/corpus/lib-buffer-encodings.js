// Buffer: encodings, slicing shares memory, reading and writing numbers
const b = Buffer.from('héllo wörld');
console.log(b.length, b.toString('hex'), b.toString('base64'), b.toString('latin1'));
console.log(Buffer.from('aGk', 'base64url').toString(), Buffer.from('68c3a9', 'hex').toString(), Buffer.from('hi', 'ucs2'));
const head = b.slice(0, 5);
head[0] = 0x48;
console.log(b.toString('utf8', 0, 6), head.toString(), Buffer.isBuffer(head), head instanceof Uint8Array);
const out = Buffer.alloc(10);
let at = out.writeUInt16BE(0xcafe);
at = out.writeInt32LE(-1, at);
out.write('ok', at);
console.log(out, out.readUInt16BE(0).toString(16), out.readInt32LE(2), out.indexOf('ok'));
console.log(JSON.stringify(Buffer.from([1, 2])), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.byteLength('😀'));
for (const bad of [() => out.readUInt32BE(8), () => out.writeUInt8(300), () => Buffer.from('x', 'klingon')]) {
  try { bad(); } catch (e) { console.log(e.code, e.message); }
}
