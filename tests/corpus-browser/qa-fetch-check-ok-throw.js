// The usual wrapper: throw on !res.ok, catch it with network errors in one place.
// @host browser
// @fetch /good 100ms 200 {"v":"good"}
// @fetch /bad 200ms 503 busy
// @fetch /offline 300ms error
async function getJSON(path) {
  const res = await fetch(path);
  if (!res.ok) throw new Error('HTTP ' + res.status + ' for ' + path);
  return res.json();
}
for (const path of ['/good', '/bad', '/offline']) {
  getJSON(path)
    .then((data) => console.log('data', data.v))
    .catch((err) => console.log('failed:', err.name, err.message));
}
