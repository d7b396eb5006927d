for (var i = 0; i < 3; i++) setTimeout(() => console.log('var', i), 0);
for (let j = 0; j < 3; j++) setTimeout(() => console.log('let', j), 0);
for (var k = 0; k < 3; k++) ((k) => setTimeout(() => console.log('iife', k), 0))(k);
for (var m = 0; m < 3; m++) setTimeout(console.log, 0, 'arg', m);
const fns = [];
for (let n = 0; n < 3; n++) { fns.push(() => n); n++; }
console.log(fns.map(f => f()));
let x = 0;
const fs2 = [];
for (let q = 0; q < 2; q++) fs2.push(() => q + x);
x = 10;
console.log(fs2.map(f => f()));
