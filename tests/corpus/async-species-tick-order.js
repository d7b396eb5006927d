// subclass chains and plain chains interleave tick by tick
class Sub extends Promise {}
const log = [];
Sub.resolve('s').then(v => log.push('sub1')).then(() => log.push('sub2')).then(() => log.push('sub3'));
Promise.resolve('p').then(() => log.push('p1')).then(() => log.push('p2')).then(() => log.push('p3'));
new Sub(r => r(Promise.resolve('inner'))).then(v => log.push('sub adopts ' + v));
new Promise(r => r(Sub.resolve('inner sub'))).then(v => log.push('plain adopts ' + v));
(async () => {
  await Sub.resolve('a');
  log.push('await sub');
  await Promise.resolve('b');
  log.push('await plain');
})();
setTimeout(() => console.log(log.join('\n')), 0);
