// Number.prototype.toString with radix on fractions, negatives and large values
console.log((0.1).toString(2), (0.5).toString(16), (-10.25).toString(8), (1 / 3).toString(3));
console.log((2 ** 60).toString(36), (123.456).toString(36), (255.5).toString(16), Number.MAX_SAFE_INTEGER.toString(16));
console.log((1e21).toString(7), (-0).toString(2), NaN.toString(16), (Infinity).toString(36));
console.log(parseInt((255).toString(2), 2), Number('0x' + (4095).toString(16)));
try { (1).toString(37); } catch (e) { console.log(e.name + ': ' + e.message); }
