// An unknown URL gives a 404 Response: fetch resolves, ok is false.
// @host browser
fetch('/nowhere').then(async (res) => {
  console.log('resolved, ok =', String(res.ok));
  console.log('status', res.status, res.statusText);
  const body = await res.text();
  console.log('body length', body.length);
});
