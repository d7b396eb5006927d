// Numeric literals outside the int range: the compiler must not convert them
// to int before its range test (UBSan: float-cast-overflow).
console.log(0xdeadbeef, 3e9, -4294967296, 1e300, 2 ** 31);
