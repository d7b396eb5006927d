function encodeRecord({ id, name, score }) {
  const nameBytes = Buffer.from(name, 'utf8');
  const out = Buffer.alloc(4 + 1 + nameBytes.length + 8);
  let o = out.writeUInt32BE(id, 0);
  o = out.writeUInt8(nameBytes.length, o);
  o += nameBytes.copy(out, o);
  out.writeDoubleLE(score, o);
  return out;
}
function decodeRecord(b) {
  const id = b.readUInt32BE(0), len = b.readUInt8(4);
  return { id, name: b.toString('utf8', 5, 5 + len), score: b.readDoubleLE(5 + len) };
}
const rec = encodeRecord({ id: 7, name: 'Zoë', score: 9.75 });
console.log(rec, rec.length, decodeRecord(rec));
const header = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
console.log(header.toString('ascii', 0, 6), header.readUInt16LE(6), header.readUInt16LE(8), header.subarray(0, 3).toString());
const chunks = ['chunk one|', 'chunk two|', 'three'].map(s => Buffer.from(s));
const all = Buffer.concat(chunks, 15);
console.log(all.toString(), all.length, Buffer.concat([]).length);
const csum = [...Buffer.from('checksum me')].reduce((a, b) => (a + b) & 0xff, 0);
console.log(csum, Buffer.from([csum]).toString('hex').padStart(4, '0'));
const b = Buffer.from('Hello, World');
console.log(b.toString('hex').match(/../g).join(' '), b.reverse().toString(), b.fill('*', 0, 5).toString(), b.swap16 ? 'swap' : '');
try { Buffer.alloc(2).readUInt32BE(0); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.alloc(2).writeUInt8(300, 0); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Buffer.from('€').toString('latin1'), Buffer.from('ÿ', 'latin1')[0], Buffer.from('AQID', 'base64'), Buffer.from('zz', 'hex'), Buffer.from('abc', 'hex'));
