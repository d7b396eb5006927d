// timers/promises setTimeout and setImmediate resolve with the given value
const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
(async () => {
  const v = await sleep(20, 'slept');
  console.log(v);
  console.log(await immediate('immediate value'));
  const results = await Promise.all([sleep(60, 'b'), sleep(30, 'a')]);
  console.log(results);
})();
console.log('main');
