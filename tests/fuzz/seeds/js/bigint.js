// BigInt literals, arithmetic, mixing errors and conversions.
const a = 0x1fffffffffffffn, b = -12345678901234567890n, c = 0b1011n, d = 0o777n;
console.log(a * b, b / 7n, b % 7n, a ** 3n, -a >> 3n, a << 65n, ~b, a & b, a | c, a ^ d);
console.log(BigInt.asIntN(64, a * a), BigInt.asUintN(8, -1n), BigInt('0x10'), BigInt(2 ** 53));
console.log(typeof a, a > 1, 2n == 2, 2n === 2, [3n, 1n, 2n].sort(), (123n).toString(16), 10n.toLocaleString());
try { a + 1; } catch (e) { console.log(e.message); }
try { 1n / 0n; } catch (e) { console.log(e.message); }
try { BigInt(1.5); } catch (e) { console.log(e.message); }
console.log(JSON.stringify({ n: Number(a) }), Object(1n), [1n, { x: -0n }]);
