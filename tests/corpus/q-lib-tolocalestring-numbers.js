// toLocaleString on numbers and arrays with the default en-US locale
console.log((1234567.891).toLocaleString(), (0.5).toLocaleString(), (-1234.5).toLocaleString());
console.log((1234.5).toLocaleString('en-US', { style: 'currency', currency: 'USD' }));
console.log((0.256).toLocaleString('en-US', { style: 'percent' }), (1e21).toLocaleString());
console.log([1234, 'x', null, 5678.9].toLocaleString(), (12).toLocaleString('en-US', { minimumIntegerDigits: 3 }));
console.log((1234.5678).toLocaleString('en-US', { maximumFractionDigits: 1 }), (5).toLocaleString('en-US', { minimumFractionDigits: 2 }));
