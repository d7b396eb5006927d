// Views over empty ArrayBuffers: the buffer once had no block, so
// `data + offset` was arithmetic on NULL (clang UBSan: pointer-overflow).
console.log(new TextEncoder().encode('').length);
const empty = new Uint8Array(0);
empty.set([]);
console.log(empty.slice().length, new Uint8Array(new ArrayBuffer(0)).subarray(0).length);
console.log(new DataView(new ArrayBuffer(0)).byteLength, Buffer.alloc(0).toString('hex'));
console.log(structuredClone(new ArrayBuffer(0)).byteLength, new TextDecoder().decode(empty));
