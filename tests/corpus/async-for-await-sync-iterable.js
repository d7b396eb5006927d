// for await...of over a sync iterable of promises awaits each element in order
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
(async () => {
  for await (const v of [sleep(20, 'slow first'), 'plain', sleep(1, 'fast third')]) {
    console.log(v);
  }
  for await (const ch of 'ab') console.log('char', ch);
})();
