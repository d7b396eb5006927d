// A throw inside a fetch's then handler rejects the chain; uncaught, it is reported as a rejection.
// @host browser
// @fetch /data 100ms 200 {"items":[]}
fetch('/data')
  .then((res) => res.json())
  .then((data) => data.items[0].name)
  .then((name) => console.log('name', name));
fetch('/data')
  .then((res) => res.json())
  .then((data) => data.items[0].name)
  .catch((e) => console.log('caught:', e.message));
setTimeout(() => console.log('timer 300'), 300);
