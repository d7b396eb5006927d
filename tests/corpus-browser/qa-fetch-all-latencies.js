// Promise.all waits for the slowest fetch; each response arrives at its own time.
// @host browser
// @fetch /a 300ms 200 {"n":1}
// @fetch /b 100ms 200 {"n":2}
// @fetch /c 200ms 200 {"n":3}
const get = (path) => fetch(path).then((res) => {
  console.log('arrived', path);
  return res.json();
});
Promise.all([get('/a'), get('/b'), get('/c')]).then((all) => {
  console.log('all:', all.map((x) => x.n).join(','));
});
setTimeout(() => console.log('timer 150'), 150);
