// BigInt values in console.log and format specifiers
console.log(10n, -5n, [1n, 2n], { big: 2n ** 70n });
console.log('%d and %i', 42n, 7n);
console.log('%s', 99n, String(3n), `${4n}`);
console.log(new Map([[1n, 'one']]), typeof 0n);
