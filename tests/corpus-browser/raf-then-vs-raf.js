// A promise resolved in a frame settles before the frame's next callback.
// @host browser
let resolveIt;
const p = new Promise((resolve) => { resolveIt = resolve; });
p.then((v) => console.log('promise resolved with', v));
requestAnimationFrame(() => {
  console.log('first callback resolves');
  resolveIt('frame value');
  console.log('first callback ends');
});
requestAnimationFrame(() => console.log('second callback'));
