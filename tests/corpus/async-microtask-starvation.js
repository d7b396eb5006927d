// microtasks that schedule microtasks run before any timer, until the chain stops
setTimeout(() => console.log('timeout finally runs'), 0);
let n = 0;
function spin() {
  n++;
  if (n < 10000) queueMicrotask(spin);
  else console.log('microtask chain stopped at', n);
}
queueMicrotask(spin);
let m = 0;
const chain = () => (++m < 1000 ? Promise.resolve().then(chain) : console.log('promise chain stopped at', m));
chain();
