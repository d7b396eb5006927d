console.log((1.005).toFixed(2), (1.45).toFixed(1), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0));
console.log((123.456).toPrecision(4), (0.00001234).toPrecision(2), (123456).toPrecision(2), (1e21).toFixed(2));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(8));
console.log((1e21).toString(), (1e-7).toString(), (123e-20).toString(), 2 ** 70, -1e-7);
console.log((12345.6789).toExponential(2), (0).toExponential(), (1).toExponential(3), (5e-324).toString(2).length);
console.log(Number('  12  '), Number(''), Number('0b101'), Number('0o17'), Number('1_000'), Number('12px'), +[], +[5], +[1, 2], +{}, +null, +undefined);
console.log(parseFloat('3.14abc'), parseInt('08'), parseInt('0x1f'), parseInt('1e3'), parseFloat('.5e1'), parseInt(0.0000005));
console.log(Number.MAX_SAFE_INTEGER + 2, 9007199254740993, 0.1 + 0.7, 1.1 * 3, 4.35 * 100);
try { (1).toFixed(101); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (1).toString(1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (1).toPrecision(0); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Number.isInteger(5.0), Number.isSafeInteger(2 ** 53), Number.EPSILON > 0, (25).toString(36));
