const { StringDecoder } = require('string_decoder');
console.log(Object.keys(require('string_decoder')), StringDecoder.length, StringDecoder.name);
const euro = Buffer.from('€uro 😀 ü');
const d = new StringDecoder('utf8');
const parts = [];
for (let i = 0; i < euro.length; i += 2) parts.push(d.write(euro.subarray(i, i + 2)));
console.log(parts, JSON.stringify(d.end()));
console.log(JSON.stringify(d.write(Buffer.from([0xE2, 0x82]))), JSON.stringify(d.end()), JSON.stringify(d.end()));
console.log(JSON.stringify(d.write(Buffer.from([0xF0, 0x9F]))), JSON.stringify(d.end(Buffer.from([0x98]))));
console.log(JSON.stringify(d.write(Buffer.from([0xE2, 0x41]))), d.write('already text'), d.write(new Uint8Array([104, 105])));
for (const enc of [undefined, 'utf8', 'UTF-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'hex', 'base64', 'base64url', 'ascii', '']) {
  const dec = new StringDecoder(enc);
  const chunks = [Buffer.from([0x61, 0x3D]), Buffer.from([0xD8]), Buffer.from([0x62, 0xDE, 0xFF])];
  console.log(String(enc), dec.encoding, JSON.stringify(chunks.map((c) => dec.write(c)).join('|') + '#' + dec.end()));
}
for (const bad of ['bogus', 'utf-16', 5]) {
  try { new StringDecoder(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { d.write(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { d.write(new ArrayBuffer(2)); } catch (e) { console.log(e.name, e.code, e.message); }
const u = new StringDecoder('utf16le');
const smile = Buffer.from('a😀b', 'utf16le');
console.log([...smile].map((_, i) => u.write(smile.subarray(i, i + 1))).join(','), JSON.stringify(u.end()));
console.log(JSON.stringify(u.write(Buffer.from([0x3D, 0xD8]))), JSON.stringify(u.end()));
const b = new StringDecoder('base64');
console.log(b.write(Buffer.from('ab')), b.write(Buffer.from('cde')), b.end(Buffer.from('f')), b.end());
