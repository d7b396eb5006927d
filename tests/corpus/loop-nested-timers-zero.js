// nested zero-delay timers each take a loop turn; promises in between run first
let depth = 0;
function nest() {
  depth++;
  console.log('timer depth', depth);
  Promise.resolve().then(() => console.log('  microtask at depth', depth));
  if (depth < 4) setTimeout(nest, 0);
}
setTimeout(nest, 0);
