// seed: Promise.allSettled waits for everything and reports each status
const task = (name, ms, ok = true) => new Promise((res, rej) => setTimeout(() => (ok ? res(name) : rej(new Error(name + ' failed'))), ms));
Promise.allSettled([task('a', 10), task('b', 20, false), task('c', 30)])
  .then(results => {
    for (const r of results) console.log(r.status, r.value ?? r.reason.message);
  });
