// The method does not change a simulated route's answer; a Request object works too.
// @host browser
// @fetch /api/order 100ms 201 {"id":42}
async function main() {
  const res = await fetch('/api/order', { method: 'POST', body: JSON.stringify({ item: 'pie' }) });
  console.log('POST status', res.status, res.statusText, 'id', (await res.json()).id);
  const again = await fetch(new Request('/api/order'));
  console.log('Request object status', again.status);
}
main();
