// for await over a sync array of promises awaits each element in order
const delay = (ms, v) => new Promise(r => setTimeout(() => { console.log('settled', v); r(v); }, ms));
(async () => {
  const list = [delay(60, 'slow'), delay(20, 'fast'), 'plain', Promise.resolve('ready')];
  for await (const v of list) console.log('got', v);
  console.log('done');
})();
