// URL parsing, relative resolution, search params and setters.
const u = new URL('https://user:pa%20ss@EXAMPLE.com:8080/a/./b/../c%2f?q=1&r=a+b#frag');
console.log(u.href, u.origin, u.host, u.pathname, u.search, u.hash, u.username, u.password, u.port);
for (const s of ['../x?y', '//other/path', '?only', '#h', 'file:///C:/dir/../f', 'http://[::1]:80/',
  'http://192.168.0.257/', 'HTTP://ä.example/ü', 'blob:https://a/b', 'data:text/plain,hi', 'mailto:x@y',
  'http://0x7f.1/', 'ws://h/p', 'a:\\\\b', 'http://xn--nxasmq6b/', 'http://a b/', 'https://h:99999/'])
  try { console.log(new URL(s, 'http://base.test/dir/page?x#y').href); } catch (e) { console.log(e.message); }
const p = new URLSearchParams('a=1&b=2&a=3&c=%zz&d=+');
p.append('e', 'x y'); p.delete('b'); p.sort();
console.log(p.toString(), p.getAll('a'), [...p.keys()], p.has('c'), p.get('d'), p.size);
u.search = '?z=9'; u.hash = ''; u.pathname = '/new path'; u.port = '443'; u.protocol = 'http';
u.searchParams.set('k', 'v&w');
console.log(u.toString(), JSON.stringify(u), URL.canParse('nope'), url => url);
