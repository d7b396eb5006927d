// HTTP errors do not reject: check res.ok and throw yourself.
// @host browser
// @fetch /api/oven 150ms 500 {"error":"oven on fire"}
async function load() {
  const res = await fetch('/api/oven');
  if (!res.ok) {
    const body = await res.json();
    throw new Error('HTTP ' + res.status + ': ' + body.error);
  }
  return res.json();
}
load()
  .then(() => console.log('never'))
  .catch((err) => console.log('caught', err.message));
