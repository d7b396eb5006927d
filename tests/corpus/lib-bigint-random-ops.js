// Pseudo-random and edge-case operands through every BigInt operator, folded into digests
let seed = 12345n;
function rand(bits) {
  let r = 0n;
  for (let i = 0; i < bits; i += 31) { seed = (seed * 1103515245n + 12345n) % 2147483648n; r = (r << 31n) | seed; }
  seed = (seed * 1103515245n + 12345n) % 2147483648n;
  return seed & 1n ? -BigInt.asUintN(bits, r) : BigInt.asUintN(bits, r);
}
let digest = 0n, count = 0;
const mix = (v) => { digest = BigInt.asUintN(64, (digest ^ v) * 0x100000001b3n + BigInt(count++)); };
const sizes = [1, 31, 32, 33, 64, 65, 127, 128, 129, 500, 2000];
for (const sa of sizes) for (const sb of sizes) for (let k = 0; k < 2; k++) {
  const a = rand(sa), b = rand(sb);
  mix(a + b); mix(a - b); mix(a * b); mix(a & b); mix(a | b); mix(a ^ b); mix(~a);
  if (b !== 0n) { mix(a / b); mix(a % b); }
  mix(a << BigInt(sb % 70)); mix(a >> BigInt(sb % 70)); mix(a >> BigInt(sa + 3));
  mix(BigInt.asIntN(sb, a)); mix(BigInt.asUintN(sb, a)); mix(BigInt(a < b) + BigInt(a == b) * 2n);
  mix(BigInt(Number(a) === Number(a.toString())) + BigInt(a.toString(7).length) * 1000n);
}
console.log('random', count, digest);
// Divisors whose top limb forces Knuth's quotient estimate to be corrected
digest = 0n; count = 0;
const edges = [];
for (const e of [31n, 32n, 33n, 64n, 96n, 128n])
  for (const d of [-1n, 0n, 1n]) edges.push((1n << e) + d, (0xffffffffn << e) + d, (0x80000000n << e) + d);
for (const a of edges) for (const b of edges)
  for (const x of [a * b - 1n, a * (b + 1n) - 1n, (a << 64n) - b]) {
    mix(x / b); mix(x % b); mix((-x) / b); mix(x % -b);
  }
console.log('division', count, digest);
