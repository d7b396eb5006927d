// starting promises first and awaiting Promise.all runs them concurrently
const log = [];
const work = (ms, name) => new Promise(r => setTimeout(() => { log.push(name); r(name.toUpperCase()); }, ms));
(async () => {
  const [a, b, c] = await Promise.all([work(150, 'a'), work(10, 'b'), work(70, 'c')]);
  console.log('completion order:', log.join(','));
  console.log('result order:', a, b, c);
})();
