// Promise.any fulfils with the first fulfilment, ignoring rejections
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.any([delay(5, 'fails fast', true), delay(20, 'second'), delay(40, 'third')])
  .then(v => console.log('any:', v));
Promise.any([Promise.reject(1), 'plain', Promise.resolve('resolved')])
  .then(v => console.log('any 2:', v));
