// toFixed rounding (binary floating point), padding and large values
console.log((1.005).toFixed(2), (1.045).toFixed(2), (2.5).toFixed(0), (1.5).toFixed(0));
console.log((0).toFixed(2), (123.456).toFixed(1), (0.000001).toFixed(7));
console.log((-1.5).toFixed(0), (-0.0001).toFixed(2), (1e21).toFixed(2), (1e20).toFixed(2));
console.log((10.235).toFixed(2), (8.345).toFixed(2), (0.5).toFixed(), (1.45).toFixed(1));
console.log((Math.PI).toFixed(10), (NaN).toFixed(2), (Infinity).toFixed(1));
