// BigInt.asIntN and BigInt.asUintN: wrapping to a fixed width, two's complement
console.log(BigInt.asIntN(8, 255n), BigInt.asIntN(8, 128n), BigInt.asIntN(8, 127n), BigInt.asIntN(8, -128n), BigInt.asIntN(8, -129n));
console.log(BigInt.asIntN(64, 2n ** 63n), BigInt.asIntN(64, 2n ** 64n + 5n), BigInt.asIntN(64, -(2n ** 63n) - 1n));
console.log(BigInt.asIntN(0, 5n), BigInt.asIntN(1, 1n), BigInt.asIntN(200, -1n), BigInt.asIntN(65, 2n ** 64n + 5n));
console.log(BigInt.asUintN(8, 257n), BigInt.asUintN(8, -1n), BigInt.asUintN(64, -1n), BigInt.asUintN(0, 5n));
console.log(BigInt.asUintN(65, -1n), BigInt.asUintN(100, -(2n ** 70n)), BigInt.asUintN(32, -(2n ** 32n)));
console.log(BigInt.asIntN(32, '4294967295'), BigInt.asUintN(1, true), BigInt.asIntN(2 ** 53 - 1, 7n));
// A 64-bit hash, the usual reason to reach for asUintN
let h = 0xcbf29ce484222325n;
for (const ch of 'hello world') h = BigInt.asUintN(64, (h ^ BigInt(ch.charCodeAt(0))) * 0x100000001b3n);
console.log(h, h.toString(16));
for (const f of [() => BigInt.asIntN(-1, 1n), () => BigInt.asUintN(2 ** 53, 1n), () => BigInt.asUintN(2 ** 40, -1n)])
  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(BigInt.asIntN.length, BigInt.asUintN.name, Object.getOwnPropertyNames(BigInt));
