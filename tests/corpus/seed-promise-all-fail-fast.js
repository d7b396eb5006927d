// seed: Promise.all rejects on the first rejection, without waiting for the others
const task = (name, ms, ok = true) => new Promise((res, rej) => setTimeout(() => {
  console.log(name, ok ? 'fulfilled' : 'rejected');
  ok ? res(name) : rej(new Error(name + ' failed'));
}, ms));
Promise.all([task('a', 10), task('b', 20, false), task('c', 40)])
  .then(values => console.log('values', values))
  .catch(err => console.log('Promise.all rejected:', err.message));
