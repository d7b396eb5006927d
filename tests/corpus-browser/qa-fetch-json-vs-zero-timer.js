// Reading the body at the response vs a 0 ms timer and a microtask set at the same moment.
// @host browser
// @fetch /data 100ms 200 {"ok":1}
fetch('/data').then((res) => {
  console.log('response');
  setTimeout(() => console.log('0 ms timer set at response'), 0);
  res.json().then(() => console.log('json resolved'));
  Promise.resolve().then(() => console.log('microtask at response'));
});
