// timers and ticks scheduled inside an exit handler never run (microtasks still do)
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('timer in exit: never'), 0);
  process.nextTick(() => console.log('tick in exit: never'));
  Promise.resolve().then(() => console.log('micro in exit: still runs'));
  console.log('exit handler end');
});
console.log('main');
