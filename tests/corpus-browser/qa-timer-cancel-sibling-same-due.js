// A timer can cancel a sibling due at the same time; the sibling never runs.
// @host browser
let second;
setTimeout(() => {
  console.log('first runs, cancels second');
  clearTimeout(second);
}, 50);
second = setTimeout(() => console.log('second (never)'), 50);
setTimeout(() => console.log('third runs'), 50);
clearTimeout(123456);
clearTimeout(undefined);
clearInterval('nope');
console.log('clearing unknown ids is fine');
