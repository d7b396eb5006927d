// very tricky: finally, thenables and nested resolution competing
const thenable = { then(res) { console.log('thenable.then'); res('T'); } };
Promise.resolve()
  .then(() => thenable)
  .then(v => console.log('A got', v));
Promise.resolve()
  .finally(() => console.log('B finally'))
  .then(() => console.log('B then'));
new Promise(r => r(Promise.resolve('C')))
  .then(v => console.log('C got', v));
Promise.resolve()
  .then(() => console.log('D1'))
  .then(() => console.log('D2'))
  .then(() => console.log('D3'))
  .then(() => console.log('D4'));
