const u = new URL('https://user:pw@example.com:8080/a/b/../c?x=1&y=two#frag');
console.log(u.href, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin);
u.searchParams.append('z', 'a b&c');
u.searchParams.set('x', '99');
u.hash = '';
console.log(u.toString(), [...u.searchParams], u.searchParams.get('z'));
const api = new URL('/v1/items?page=2', 'https://api.example.com/base/');
console.log(api.href, new URL('rel/path', 'https://h.com/a/b').href, new URL('../up', 'https://h.com/a/b/c').href);
const params = new URLSearchParams({ q: 'café & tea', n: 10 });
params.append('tag', 'a'); params.append('tag', 'b');
console.log(params.toString(), params.getAll('tag'), params.has('n'), params.size);
params.delete('tag'); params.sort();
console.log(String(params), new URLSearchParams('?a=1&a=2&b=%20x+y').getAll('a'), new URLSearchParams('b=%20x+y').get('b'));
try { new URL('not a url'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(new URL('HTTP://EXAMPLE.com:80/').href, new URL('https://example.com:443').port === '', JSON.stringify({ u: new URL('http://a.b/') }));
console.log(u);
console.log(new URLSearchParams('a=1&b=2'));
console.log(encodeURIComponent('a b/c?é'), decodeURIComponent('%E2%82%AC'), encodeURI('http://x.y/a b?q=é#f'));
