Promise.resolve(1)
  .then(x => x + 1)
  .then(x => { console.log('a', x); })
  .then(x => { console.log('b', x); return Promise.resolve([x, 'arr']); })
  .then(([x, s]) => { console.log('c', x, s); return new Promise(r => setTimeout(r, 1, 'timed')); })
  .then(v => { console.log('d', v); throw v + ' error'; })
  .catch(e => { console.log('e', e); return { then: r => r('thenable') }; })
  .then(v => console.log('f', v))
  .finally(() => console.log('g finally'))
  .then(v => console.log('h', v));
const p = Promise.resolve('shared');
p.then(v => v + '1').then(v => console.log(v));
p.then(v => v + '2').then(v => console.log(v));
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2'));
