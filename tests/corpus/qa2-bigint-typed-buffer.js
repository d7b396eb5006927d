const buf = Buffer.alloc(16);
buf.writeBigUInt64BE(0x0102030405060708n, 0);
buf.writeBigInt64LE(-2n, 8);
console.log(buf, buf.readBigUInt64BE(0), buf.readBigInt64LE(8), buf.readBigUInt64LE(8));
const dv = new DataView(new ArrayBuffer(8));
dv.setBigUint64(0, 2n ** 64n - 1n);
console.log(dv.getBigInt64(0), dv.getBigUint64(0), dv.getUint32(4));
const arr = new BigUint64Array([1n, 2n ** 63n, 2n ** 64n + 5n]);
console.log(arr, arr[2], typeof arr[0], arr.reduce((a, b) => a + b, 0n));
try { arr[0] = 1; } catch (e) { console.log(e.message); }
try { new BigInt64Array([1]); } catch (e) { console.log(e.message); }
try { new Uint8Array([1n]); } catch (e) { console.log(e.message); }
const hash = (s) => { let h = 0xcbf29ce484222325n; for (const c of Buffer.from(s)) { h ^= BigInt(c); h = (h * 0x100000001b3n) & 0xffffffffffffffffn; } return h; };
console.log(hash('hello').toString(16), hash('').toString(16), hash('world') % 1000n);
const toBytes = (n) => { const out = []; while (n > 0n) { out.unshift(Number(n & 0xffn)); n >>= 8n; } return Buffer.from(out); };
console.log(toBytes(2n ** 70n + 255n).toString('hex'), BigInt('0x' + toBytes(123456789n).toString('hex')));
