// response.ok is true for 2xx only; fetch resolves for every HTTP status.
// @host browser
// @fetch /created 50ms 201 made
// @fetch /nothing 100ms 204
// @fetch /broken 150ms 500 oops
// @fetch /gone 200ms 410 bye
for (const path of ['/created', '/nothing', '/broken', '/gone', '/unknown']) {
  fetch(path).then(async (res) => {
    const body = await res.text();
    console.log(path, res.status, res.statusText, 'ok', String(res.ok), 'body', JSON.stringify(body));
  });
}
