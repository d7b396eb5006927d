// fetch resolves with a Response: ok, status, statusText, then json() parses the body.
// @host browser
// @fetch /api/user 250ms 200 {"name":"Ada","id":7}
fetch('/api/user')
  .then((res) => {
    console.log('ok', String(res.ok), 'status', res.status, res.statusText);
    return res.json();
  })
  .then((user) => console.log('user', user.name, user.id));
console.log('request sent');
