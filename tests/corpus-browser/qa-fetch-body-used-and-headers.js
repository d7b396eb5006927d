// bodyUsed flips when the body is read; the content-type header follows the body.
// @host browser
// @fetch /json 100ms 200 {"a":1}
// @fetch /plain 200ms 200 hello
fetch('/json').then(async (res) => {
  console.log('json type', res.headers.get('content-type'), 'bodyUsed', String(res.bodyUsed));
  const data = await res.json();
  console.log('a', data.a, 'bodyUsed', String(res.bodyUsed));
  try { await res.json(); } catch (e) { console.log(e.name, e.message); }
});
fetch('/plain').then((res) => {
  console.log('plain type', res.headers.get('content-type'));
  console.log('missing header', String(res.headers.get('x-nope')));
});
