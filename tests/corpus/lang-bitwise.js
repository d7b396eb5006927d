// bitwise operators work on 32-bit integers
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~~3.7, ~~-3.7);
console.log(1 << 31, (1 << 31) >>> 0, -16 >> 2, -16 >>> 28);
console.log(0xff & 0x0f, 2 ** 32 | 0, (2 ** 32 + 5) | 0, 2 ** 31 | 0);
console.log(1 << 32, 1 << 33, 'a' | 0, '12' | 0, NaN | 0, Infinity | 0);
let flags = 0;
flags |= 1 << 2;
flags |= 1;
flags &= ~1;
flags ^= 8;
console.log(flags, flags.toString(2));
