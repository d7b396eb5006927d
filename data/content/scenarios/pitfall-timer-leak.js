// @title Clean up timers and listeners
// @host node
// @note An interval keeps firing (and keeps its closure alive) until
// @note it is cleared; a listener stays until it is removed.

function createEmitter() {
  const listeners = new Set();
  return {
    on(fn) { listeners.add(fn); return () => listeners.delete(fn); },
    emit(v) { for (const fn of listeners) fn(v); },
    get size() { return listeners.size; },
  };
}

const ticks = createEmitter();
const stop = ticks.on((n) => console.log('widget sees tick', n));

let n = 0;
const id = setInterval(() => {
  n++;
  ticks.emit(n);
  if (n === 3) {
    stop();
    clearInterval(id);
    console.log('cleaned up: listeners =', ticks.size);
  }
}, 10);
