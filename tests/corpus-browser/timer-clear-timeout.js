// clearTimeout cancels a pending timer, even one due at the same time.
// @host browser
const never = setTimeout(() => console.log('never (cleared synchronously)'), 10);
clearTimeout(never);
let victim;
setTimeout(() => {
  console.log('first timer clears the second');
  clearTimeout(victim);
}, 50);
victim = setTimeout(() => console.log('never (cleared by the first timer)'), 50);
setTimeout(() => console.log('third timer runs'), 50);
clearTimeout(undefined);
clearTimeout(12345);
console.log('clearing unknown ids is harmless');
