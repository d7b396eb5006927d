// a thenable whose then throws rejects the adopting promise
const bad = { then() { throw new Error('then exploded'); } };
Promise.resolve(bad).catch(e => console.log('rejected:', e.message));
const late = {
  then(resolve) {
    resolve('resolved before throwing');
    throw new Error('ignored');
  },
};
Promise.resolve(late).then(v => console.log('fulfilled:', v));
