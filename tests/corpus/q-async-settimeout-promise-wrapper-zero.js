// await of a 0ms sleep lets all microtasks run first and nextTicks too
const sleep0 = () => new Promise(r => setTimeout(r, 0));
(async () => {
  console.log('before sleep');
  await sleep0();
  console.log('after sleep');
})();
Promise.resolve().then(function loop(i = 0) { if (i < 3) { console.log('micro', i); return Promise.resolve(i + 1).then(loop); } });
process.nextTick(() => console.log('tick'));
