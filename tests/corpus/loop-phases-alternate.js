// timers and check phases alternate: each new timer/immediate goes to the next loop turn
let step = 0;
function timer() {
  console.log('timer phase', ++step);
  if (step < 6) setImmediate(immediate);
}
function immediate() {
  console.log('check phase', ++step);
  setTimeout(timer, 0);
  const t = Date.now();
  while (Date.now() - t < 3) {}
}
setTimeout(timer, 0);
