// seed: wrapping a callback API with new Promise((res, rej) => oldApi(args, (err, val) => ...))
function oldApi(n, cb) {
  setTimeout(() => (n < 0 ? cb(new Error('negative input')) : cb(null, n * n)), 1);
}
const newApi = (n) => new Promise((res, rej) => oldApi(n, (err, val) => (err ? rej(err) : res(val))));
newApi(7).then(v => console.log('square:', v));
newApi(-1).catch(e => console.log('error:', e.message));
