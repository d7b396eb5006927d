// inside an immediate, a busy-wait makes a pending setTimeout 0 due before the next immediate
setTimeout(() => {
  setImmediate(() => {
    setTimeout(() => console.log('timeout (due after busy wait)'), 0);
    setImmediate(() => console.log('immediate (next check phase)'));
    const t = Date.now();
    while (Date.now() - t < 20) {}
    console.log('busy wait done');
  });
}, 0);
