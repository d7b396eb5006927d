// toFixed / toPrecision / toExponential rounding on binary fractions
console.log((1.005).toFixed(2), (1.255).toFixed(2), (1.45).toFixed(1), (2.5).toFixed(0), (-2.5).toFixed(0));
console.log((0.5).toFixed(0), (1.5).toFixed(0), (8.345).toFixed(2), (10.235).toFixed(2));
console.log((1e21).toFixed(2), (123.456).toFixed(10), (0).toFixed(2), (-0).toFixed(2), (-1e-10).toFixed(3));
console.log((123.456).toPrecision(4), (0.00012345).toPrecision(2), (123456).toPrecision(2), (1.5).toPrecision(1));
console.log((123.456).toExponential(2), (0).toExponential(), (1e-7).toExponential(3), (255).toExponential());
console.log(Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.round(-0.4));
try { (1).toFixed(101); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (1).toPrecision(0); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log((25).toString(undefined), Number('1_000'), Number(' 12 '), Number('0x1F'), Number('0b101'), Number(''));
