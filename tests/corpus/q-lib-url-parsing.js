// URL and URLSearchParams parsing as used in request handlers
const u = new URL('https://user:pw@example.com:8080/path/to?q=1&tag=a&tag=b#frag');
console.log(u.protocol, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.username);
console.log(u.searchParams.get('q'), u.searchParams.getAll('tag'), u.searchParams.has('x'));
const p = new URLSearchParams({ a: '1', b: 'x y' });
p.append('c', 'é&');
console.log(p.toString(), [...p.keys()]);
console.log(new URL('../up', 'https://h.com/a/b/c').href);
try { new URL('not a url'); } catch (e) { console.log(e.name, e.code); }
