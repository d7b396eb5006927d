BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(JSON.stringify({ a: 1n, b: [2n, { c: 3n }] }));
delete BigInt.prototype.toJSON;
console.log(JSON.stringify({ a: 1n }, (k, v) => (typeof v === 'bigint' ? Number(v) : v)));
console.log([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n, 10n, 11n, 12n, 100n, 1000n, 10000n, 100000n, 123456789n, 9n, 8n, 7n, 6n, 5n, 4n, 3n, 2n, 1n, 0n]);
console.log(Object(5n), [Object(5n)], { v: -123n }, typeof Object(5n).valueOf(), `${-0n}`, -0n);
console.log(new Map([[1n, 1], [1, 1]]).size, new Set([1n, 1n, BigInt(1)]).size, 1n in { 1: 'x' }, ({ 1: 'x' })[1n]);
console.log(2n ** 100n, (2n ** 100n).toString().length, BigInt(2 ** 60), BigInt('0b101'), BigInt('  0o7 '));
console.log(Number.isInteger(5n), Number(123n) === 123, parseFloat(12n), Math.sign ? typeof 1n : 0, isFinite ? 'has' : '');
try { isFinite(1n); } catch (e) { console.log(e.message); }
try { Math.abs(-1n); } catch (e) { console.log(e.message); }
try { new BigInt(1); } catch (e) { console.log(e.message); }
try { BigInt(Symbol()); } catch (e) { console.log(e.message); }
try { BigInt(undefined); } catch (e) { console.log(e.message); }
try { BigInt(NaN); } catch (e) { console.log(e.message); }
try { 1n >>> 0n; } catch (e) { console.log(e.message); }
console.log(5n > 4, 5n < '6', '5' == 5n, 5n == 5.5, 2n > 1.5, 9007199254740993n > 9007199254740992, [0n, -1n, 1].sort((a, b) => (a < b ? -1 : 1)));
console.log(typeof (5n * -1n), 7n / -2n, (-7n) % -2n, 0n === -0n, Object.is(0n, -0n), 1n && 'and', 0n || 'or', 0n ?? 'nullish');
