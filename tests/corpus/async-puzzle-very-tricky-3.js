// very tricky: immediates, timers and microtasks from inside an immediate after a busy wait
setTimeout(() => {
  setImmediate(() => {
    console.log('imm 1');
    setTimeout(() => console.log('timeout from imm 1'), 0);
    setImmediate(() => console.log('imm 3 (next turn)'));
    Promise.resolve().then(() => console.log('promise from imm 1'));
    const t = Date.now();
    while (Date.now() - t < 10) {}
  });
  setImmediate(() => {
    console.log('imm 2');
    process.nextTick(() => console.log('tick from imm 2'));
  });
}, 0);
