// BigInt arithmetic: truncating division, remainder signs, powers, shifts of negatives, bitwise ops
const show = (label, values) => console.log(label, values.map(String).join(' '));
show('add/sub', [0xffffffffn + 1n, 2n ** 64n - 1n, -5n + 3n, 10n - 20n]);
show('mul', [0xffffffffn * 0xffffffffn, -3n * 4n, (2n ** 65n + 1n) * (2n ** 65n - 1n)]);
show('div', [7n / 2n, -7n / 2n, 7n / -2n, -7n / -2n, 1n / 3n]);
show('mod', [7n % 2n, -7n % 2n, 7n % -2n, -7n % -2n, 2n ** 100n % 97n]);
show('pow', [2n ** 0n, 0n ** 0n, (-2n) ** 63n, (-1n) ** 1001n, 3n ** 40n]);
show('shl', [1n << 70n, -1n << 33n, 5n << -1n, 0n << 1000n]);
show('shr', [1024n >> 3n, -7n >> 1n, -8n >> 1n, -1n >> 100n, -(2n ** 64n) >> 32n, 7n >> -2n]);
show('and', [5n & 3n, -5n & 3n, -5n & -3n, (2n ** 70n - 1n) & -(2n ** 40n)]);
show('or', [5n | 3n, -5n | 3n, -(2n ** 64n) | 1n]);
show('xor', [5n ^ 3n, -5n ^ 3n, -5n ^ -3n]);
show('not', [~0n, ~-1n, ~(2n ** 64n), -(-5n), -0n]);
let i = 9n;
const post = i++, pre = ++i;
i -= 1n; i *= 3n; i **= 2n; i /= 7n; i %= 50n; i <<= 2n; i >>= 1n;
show('assign', [post, pre, i, i--, i]);
console.log(!0n, !!1n, 0n ? 'truthy' : 'falsy', 0n || 'default', 2n && 'and', 0n ?? 'nullish');
