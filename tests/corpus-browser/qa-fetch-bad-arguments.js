// Argument errors reject the promise instead of throwing synchronously.
// @host browser
let p;
try {
  p = fetch('http://[broken');
  console.log('fetch returned a promise:', String(p instanceof Promise));
} catch (e) {
  console.log('threw synchronously (unexpected)');
}
p.catch((e) => console.log('rejected:', e.name));
fetch('/x', { method: 'GET', body: 'nope' }).catch((e) => console.log('GET with body:', e.name, e.message));
console.log('sync end');
