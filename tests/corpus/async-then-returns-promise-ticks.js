// returning a promise from then costs two extra ticks compared to returning a value
Promise.resolve()
  .then(() => { console.log('A1'); return Promise.resolve('x'); })
  .then((v) => console.log('A2', v));
Promise.resolve()
  .then(() => console.log('B1'))
  .then(() => console.log('B2'))
  .then(() => console.log('B3'))
  .then(() => console.log('B4'))
  .then(() => console.log('B5'));
