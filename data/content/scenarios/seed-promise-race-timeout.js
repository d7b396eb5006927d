// @title Promise.race as a timeout
// @host node
// @note The first promise to settle decides, fulfilled or rejected.

const work = (ms) => new Promise((resolve) => setTimeout(() => resolve('done in ' + ms), ms));
const timeout = (ms) =>
  new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after ' + ms)), ms));

Promise.race([work(20), timeout(50)])
  .then((v) => console.log('fast job:', v))
  .catch((e) => console.log('fast job:', e.message));

Promise.race([work(100), timeout(50)])
  .then((v) => console.log('slow job:', v))
  .catch((e) => console.log('slow job:', e.message));
