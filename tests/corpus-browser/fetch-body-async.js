// Reading the body is asynchronous: json() returns a promise, code after it runs first.
// @host browser
// @fetch /api/cake 100ms 200 {"layers":3}
async function main() {
  const res = await fetch('/api/cake');
  console.log('headers arrived, bodyUsed =', String(res.bodyUsed));
  const pending = res.json();
  console.log('json() returned a promise:', String(pending instanceof Promise));
  console.log('bodyUsed now', String(res.bodyUsed));
  const cake = await pending;
  console.log('layers', cake.layers);
}
main();
console.log('main() started');
