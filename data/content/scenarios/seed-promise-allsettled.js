// @title Promise.allSettled waits for everything
// @host node
// @note It never rejects: you get one status object per input.

const fine = Promise.resolve('bread');
const broken = Promise.reject(new Error('burnt'));
const slow = new Promise((resolve) => setTimeout(() => resolve('pie'), 20));

Promise.allSettled([fine, broken, slow]).then((results) => {
  for (const r of results) {
    if (r.status === 'fulfilled') console.log('fulfilled', r.value);
    else console.log('rejected', r.reason.message);
  }
});
