// ArrayBuffer and DataView as util.inspect shows them
const buf = new ArrayBuffer(6);
new Uint8Array(buf).set([0xde, 0xad, 0xbe, 0xef, 1, 2]);
console.log(buf);
console.log(new DataView(buf, 2, 3));
console.log({ empty: new ArrayBuffer(0), big: new ArrayBuffer(60) });
console.log(require('util').inspect(new Uint8Array(buf, 0, 2), { showHidden: true }));
console.log(Buffer.from('bakery'), [Buffer.alloc(0)], Buffer.alloc(55, 7));
