// Promise.race settles like the first input to settle (fulfil or reject)
const delay = (ms, v, fail) => new Promise((res, rej) => setTimeout(() => (fail ? rej(new Error(v)) : res(v)), ms));
Promise.race([delay(100, 'slow'), delay(5, 'fast')]).then(v => console.log('race 1:', v));
Promise.race([delay(100, 'slow'), delay(5, 'fast fail', true)]).catch(e => console.log('race 2 rejected:', e.message));
Promise.race([delay(5, 'timer'), 'immediate value']).then(v => console.log('race 3:', v));
Promise.race([Promise.reject(new Error('already rejected')), Promise.resolve('already resolved')])
  .catch(e => console.log('race 4:', e.message));
