// memoizing an async function caches the in-flight promise, so concurrent calls share it
function memoAsync(fn) {
  const cache = new Map();
  return (key) => {
    if (!cache.has(key)) cache.set(key, fn(key).catch(e => { cache.delete(key); throw e; }));
    return cache.get(key);
  };
}
let calls = 0;
const fetchUser = memoAsync(async (id) => { calls++; await null; if (id < 0) throw new Error('bad id'); return { id }; });
Promise.all([fetchUser(1), fetchUser(1), fetchUser(2)]).then(r => console.log(r, 'calls', calls));
fetchUser(-1).catch(e => console.log(e.message)).then(() => fetchUser(-1)).catch(() => console.log('calls now', calls));
