// BigInt arithmetic, comparisons, mixing errors and formatting
const big = 2n ** 64n;
console.log(big, big.toString(), big.toString(16), typeof big);
console.log(7n / 2n, -7n / 2n, -7n % 2n, 10n ** 20n, BigInt(Number.MAX_SAFE_INTEGER) + 2n);
console.log(1n == 1, 1n === 1, 2n > 1, 1n < 1.5, 0n ? 't' : 'f', [3n, 1n, 2n].sort());
try { 1n + 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { BigInt(1.5); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Math.max(1n); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(BigInt('0x10'), BigInt('  42  '), BigInt(true), BigInt.asUintN(8, 257n), BigInt.asIntN(8, 255n));
console.log(`${10n}`, 10n + '', JSON.stringify({ a: String(5n) }), -(-3n), [1n, 2n].includes(1n));
console.log(typeof Object(1n), 5n & 3n, 1n << 10n, ~0n);
