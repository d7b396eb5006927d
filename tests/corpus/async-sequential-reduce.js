// chaining promises sequentially with reduce
const step = (name, ms) => () => new Promise(r => setTimeout(() => { console.log('step', name); r(name); }, ms));
const steps = [step('a', 20), step('b', 1), step('c', 10)];
steps
  .reduce((chain, s) => chain.then(acc => s().then(v => [...acc, v])), Promise.resolve([]))
  .then(all => console.log('sequential result', all));
