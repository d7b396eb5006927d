// seed: const v = await bar() behaves like bar().then(v => ...)
const bar = () => new Promise(r => setTimeout(() => r(21), 5));
async function withAwait() {
  const v = await bar();
  return v * 2;
}
function withThen() {
  return bar().then(v => v * 2);
}
withAwait().then(v => console.log('await version:', v));
withThen().then(v => console.log('then version:', v));
console.log('both started');
