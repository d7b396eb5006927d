// A network error rejects fetch with TypeError "Failed to fetch".
// @host browser
// @fetch /api/down 100ms error
fetch('/api/down')
  .then(() => console.log('never'))
  .catch((err) => {
    console.log('rejected with', err.name);
    console.log('message:', err.message);
    console.log('is a TypeError:', String(err instanceof TypeError));
  });
