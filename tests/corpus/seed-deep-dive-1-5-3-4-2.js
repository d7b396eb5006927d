// seed: the step-by-step deep dive: sync 1 and 5, chained microtasks 3 and 4, then timeout 2
console.log('1');
setTimeout(() => console.log('2'), 0);
Promise.resolve()
  .then(() => console.log('3'))
  .then(() => console.log('4'));
console.log('5');
