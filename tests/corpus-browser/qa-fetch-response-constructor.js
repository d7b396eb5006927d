// A Response made by hand: status, ok, and an asynchronous body.
// @host browser
const res = new Response('{"x":42}', { status: 201, statusText: 'Made' });
console.log(res.status, res.statusText, String(res.ok));
res.json().then((d) => console.log('x', d.x));
console.log('after json() call');
const empty = new Response();
console.log('default', empty.status, JSON.stringify(empty.statusText), String(empty.ok));
empty.text().then((t) => console.log('empty text length', t.length));
try { new Response('x', { status: 99 }); } catch (e) { console.log(e.name, e.message); }
