// classic closure puzzle: for (var i) shares one binding, for (let i) gets one per iteration
for (var i = 0; i < 3; i++) {
  setTimeout(() => console.log('var', i), 0);
}
for (let j = 0; j < 3; j++) {
  setTimeout(() => console.log('let', j), 0);
}
for (var k = 0; k < 3; k++) {
  ((k) => setTimeout(() => console.log('iife', k), 0))(k);
}
console.log('sync done');
