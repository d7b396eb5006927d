const log = [];
let depth = 0;
function schedule(label, n) {
  if (n === 0) return;
  queueMicrotask(() => { log.push(`${label}${n}`); schedule(label, n - 1); });
}
setTimeout(() => {
  schedule('a', 3);
  schedule('b', 3);
  process.nextTick(() => { log.push('tick'); schedule('c', 2); process.nextTick(() => log.push('tick2')); });
  Promise.resolve().then(() => { log.push('p'); process.nextTick(() => log.push('tick-from-p')); });
  setImmediate(() => {
    log.push('imm');
    schedule('d', 2);
    process.nextTick(() => log.push('tick-in-imm'));
  });
  setImmediate(() => log.push('imm2'));
  setTimeout(() => { log.push('timeout'); }, 0);
}, 0);
process.on('exit', () => console.log(log.join(' ')));
