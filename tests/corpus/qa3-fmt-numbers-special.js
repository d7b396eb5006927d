console.log(-0, [-0], 0 * -1, { z: -0 }, String(-0), `${-0}`, JSON.stringify(-0));
console.log(1e21, 1e-7, 123456789012345680000, 0.000001, 2 ** 53 + 1);
console.log([1.5, NaN, Infinity, -Infinity], { n: NaN });
console.log(0.1 + 0.2, 0.1 * 3, 1 / 3, 100 / 3, 5e-324, Number.MAX_VALUE);
console.log(123n, [123n], { b: -5n }, 2n ** 64n);
console.log(new Number(5), new String('s'), new Boolean(false), Object(1n), Object(Symbol('q')));
