// @title Running promises in sequence with reduce
// @host node
// @note reduce builds one long chain: each step starts when the
// @note previous one is done.

const delay = (ms) => new Promise((r) => setTimeout(r, ms));
const steps = [['knead', 30], ['proof', 10], ['bake', 20]];

steps
  .reduce(
    (chain, [name, ms]) => chain.then(async () => {
      await delay(ms);
      console.log('done:', name);
    }),
    Promise.resolve(),
  )
  .then(() => console.log('bread ready'));
