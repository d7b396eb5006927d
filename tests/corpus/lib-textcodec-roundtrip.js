// TextEncoder/TextDecoder and atob/btoa round trips, with invalid input
const encoder = new TextEncoder();
const bytes = encoder.encode('€ and 😀');
console.log(bytes.length, Array.from(bytes.slice(0, 4)));
console.log(new TextDecoder().decode(bytes), encoder.encodeInto('héllo', new Uint8Array(2)));
console.log(new TextDecoder().decode(new Uint8Array([0x61, 0xff, 0xe2, 0x82, 0x62, 0xf0, 0x9f])));
const streaming = new TextDecoder();
console.log(streaming.decode(bytes.subarray(0, 2), { stream: true }) + '|' + streaming.decode(bytes.subarray(2)));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc0, 0x80]));
} catch (e) {
  console.log(e.name, e.code);
}
const packed = btoa(String.fromCharCode(...bytes));
console.log(packed, new TextDecoder().decode(Uint8Array.from(atob(packed), (c) => c.charCodeAt(0))));
for (const bad of ['abc=d', 'a', '€']) {
  try { bad === '€' ? btoa(bad) : atob(bad); } catch (e) { console.log(e.name, e.message); }
}
