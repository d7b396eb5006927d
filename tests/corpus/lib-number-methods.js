// Number.isInteger / isSafeInteger / toPrecision / toExponential
console.log(Number.isInteger(5), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger('5'));
console.log(Number.isInteger(Infinity), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1));
console.log((123.456).toPrecision(4), (0.00012345).toPrecision(2), (123456).toPrecision(2));
console.log((12345.6789).toExponential(2), (0).toExponential(), (1.5).toExponential(3));
console.log((1234.5678).toFixed(2), Number((1234.5678).toFixed(2)));
