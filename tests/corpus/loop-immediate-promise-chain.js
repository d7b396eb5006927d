// a long promise chain started in an immediate finishes before the next immediate
setImmediate(() => {
  console.log('immediate 1');
  let p = Promise.resolve();
  for (let i = 1; i <= 3; i++) p = p.then(() => console.log('  chain step', i));
});
setImmediate(() => console.log('immediate 2'));
