// async callbacks with map produce promises; Promise.all collects them in order
const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
const ids = [3, 1, 2];
const promises = ids.map(async (id) => {
  const v = await sleep(id * 50, `user${id}`);
  console.log('loaded', v);
  return v;
});
console.log(promises.length, promises[0] instanceof Promise);
Promise.all(promises).then(users => console.log(users));
