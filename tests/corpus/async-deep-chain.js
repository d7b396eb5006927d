// a long chain of thens processes one link per microtask tick
let p = Promise.resolve(0);
for (let i = 1; i <= 10; i++) {
  p = p.then(v => v + i);
}
p.then(sum => console.log('sum', sum));
Promise.resolve().then(() => console.log('other chain tick 1'));
let ticks = 0;
const count = () => { ticks++; if (ticks < 20) return Promise.resolve().then(count); };
count();
p.then(() => console.log('ticks counted by then', ticks));
