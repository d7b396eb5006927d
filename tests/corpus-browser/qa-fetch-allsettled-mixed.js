// allSettled reports a network error as rejected, but a 404 as fulfilled.
// @host browser
// @fetch /ok 100ms 200 fine
// @fetch /down 150ms error
// @fetch /missing 200ms 404 nope
Promise.allSettled([fetch('/ok'), fetch('/down'), fetch('/missing')]).then((results) => {
  for (const r of results) {
    if (r.status === 'fulfilled') console.log('fulfilled', r.value.status, String(r.value.ok), r.value.statusText);
    else console.log('rejected', r.reason.name, r.reason.message);
  }
});
