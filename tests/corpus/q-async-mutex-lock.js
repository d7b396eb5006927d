// a promise-based mutex serializes critical sections started concurrently
class Mutex {
  #last = Promise.resolve();
  lock() { let release; const next = new Promise(r => (release = r)); const prev = this.#last; this.#last = next; return prev.then(() => release); }
}
const m = new Mutex();
let shared = 0;
async function critical(name, ms) {
  const release = await m.lock();
  console.log(name, 'enter', shared);
  const v = shared;
  await new Promise(r => setTimeout(r, ms));
  shared = v + 1;
  console.log(name, 'leave', shared);
  release();
}
Promise.all([critical('A', 40), critical('B', 20), critical('C', 20)]).then(() => console.log('final', shared));
