// %f formats as floating point
console.log('%f', 3.14159);
console.log('%f', '2.5e3');
console.log('%f %f', 'abc', 1);
console.log('pi=%f!', Math.PI);
console.log('%f', -0);
