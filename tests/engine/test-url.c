/* test-url.c: URL and URLSearchParams (parsing, serialization, setters,
 * the live link between them, Node's errors and util.inspect output), as
 * whole scripts compared with what Node 20 printed (generated from node,
 * then kept as data). */
#include "script-case.h"

static const Case url_cases[] = {
  { "components",
    "const u = new URL('https://user:pw@example.com:8080/path/to?q=1&tag=a&tag=b#frag');\n"
    "console.log(u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash);\n"
    "console.log(String(u) === u.href, u.toJSON() === u.href, JSON.stringify({ u }), Object.prototype.toString.call(u));",
    "https://user:pw@example.com:8080/path/to?q=1&tag=a&tag=b#frag https://example.com:8080 https: user pw example.com:8080 example.com 8080 /path/to ?q=1&tag=a&tag=b #frag\n"
    "true true {\"u\":\"https://user:pw@example.com:8080/path/to?q=1&tag=a&tag=b#frag\"} [object URL]\n",
    0 },
  { "special-normalisation",
    "for (const s of ['HTTP://EXAMPLE.com:80/a/./b/../c?x y#z w', 'https://h.com:443', 'ws://h.com:80/', 'http://h.com/%7e%2F/\\u00e9', 'http://h.com/a\\\\b', 'http://0x7f.1/', 'http://[0:0::1]:8080/', 'http://[::ffff:1.2.3.4]/', 'http://[1:0:0:2:0:0:0:3]/', 'http://\\u00e9xample.com/', '  http://h.com/\\t x  ', 'http://h.com/?q=\"\\'<>'])\n"
    "  console.log(new URL(s).href);",
    "http://example.com/a/c?x%20y#z%20w\n"
    "https://h.com/\n"
    "ws://h.com/\n"
    "http://h.com/%7e%2F/%C3%A9\n"
    "http://h.com/a/b\n"
    "http://127.0.0.1/\n"
    "http://[::1]:8080/\n"
    "http://[::ffff:102:304]/\n"
    "http://[1:0:0:2::3]/\n"
    "http://xn--xample-9ua.com/\n"
    "http://h.com/%20x\n"
    "http://h.com/?q=%22%27%3C%3E\n",
    0 },
  { "non-special-and-file",
    "for (const s of ['foo://host/a b?c d#e f', 'javascript:alert(1) ', 'mailto:someone@example.com', 'file:///C:/a/../b', 'file://localhost/etc/x', 'foo://h.com/?q=\"\\'<>', 'blob:http://a.com/x', 'data:text/plain,hi'])\n"
    "  { const u = new URL(s); console.log(u.href, u.origin, u.pathname, u.host); }",
    "foo://host/a%20b?c%20d#e%20f null /a%20b host\n"
    "javascript:alert(1) null alert(1) \n"
    "mailto:someone@example.com null someone@example.com \n"
    "file:///C:/b null /C:/b \n"
    "file:///etc/x null /etc/x \n"
    "foo://h.com/?q=%22'%3C%3E null / h.com\n"
    "blob:http://a.com/x http://a.com http://a.com/x \n"
    "data:text/plain,hi null text/plain,hi \n",
    0 },
  { "relative",
    "const base = 'http://h.com/a/b/c/d?x#y';\n"
    "for (const s of ['../../x/./y', '//other.com/p', '?q', '#f', '', '/abs', 'g;x=1/../y', '..', 'https:rel', 'http:rel'])\n"
    "  console.log(JSON.stringify(s), new URL(s, base).href);\n"
    "console.log(new URL('#x', 'mailto:a@b').href);",
    "\"../../x/./y\" http://h.com/a/x/y\n"
    "\"//other.com/p\" http://other.com/p\n"
    "\"?q\" http://h.com/a/b/c/d?q\n"
    "\"#f\" http://h.com/a/b/c/d?x#f\n"
    "\"\" http://h.com/a/b/c/d?x\n"
    "\"/abs\" http://h.com/abs\n"
    "\"g;x=1/../y\" http://h.com/a/b/c/y\n"
    "\"..\" http://h.com/a/b/\n"
    "\"https:rel\" https://rel/\n"
    "\"http:rel\" http://h.com/a/b/c/rel\n"
    "mailto:a@b#x\n",
    0 },
  { "invalid",
    "const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message, e.code); } };\n"
    "for (const s of ['not a url', 'http://', 'http://[::1', 'http://1.2.3.4.5/', 'http://999999999999/', 'http://a b/', 'http://h.com:65536/', 'http://user@/x', 'foo'])\n"
    "  t(() => new URL(s));\n"
    "t(() => new URL('x', 'bad'));\n"
    "t(() => URL());\n"
    "t(() => new URL());\n"
    "t(() => [URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://h/'), URL.parse('nope'), URL.parse('/p', 'http://h.com').href]);\n"
    "try { new URL('x', 'y'); } catch (e) { console.log(e.input, e.base); }",
    "TypeError: Invalid URL ERR_INVALID_URL\n"
    "TypeError: Invalid URL ERR_INVALID_URL\n"
    "TypeError: Invalid URL ERR_INVALID_URL\n"
    "TypeError: Invalid URL ERR_INVALID_URL\n"
    "TypeError: Invalid URL ERR_INVALID_URL\n"
    "TypeError: Invalid URL ERR_INVALID_URL\n"
    "TypeError: Invalid URL ERR_INVALID_URL\n"
    "TypeError: Invalid URL ERR_INVALID_URL\n"
    "TypeError: Invalid URL ERR_INVALID_URL\n"
    "TypeError: Invalid URL ERR_INVALID_URL\n"
    "TypeError: Class constructor URL cannot be invoked without 'new' undefined\n"
    "TypeError: The \"url\" argument must be specified ERR_MISSING_ARGS\n"
    "[ true, false, true, null, 'http://h.com/p' ]\n"
    "x y\n",
    0 },
  { "setters",
    "const u = new URL('http://a.com/');\n"
    "u.search = '?a=1'; u.hash = 'h'; u.port = '99'; u.protocol = 'https'; u.pathname = 'p q'; u.username = 'u@'; u.password = 'p:w'; u.host = 'b.com:1';\n"
    "console.log(u.href);\n"
    "u.port = '443'; u.hostname = 'c.com'; u.protocol = 'foo'; u.hash = ''; u.search = '';\n"
    "console.log(u.href, u.port);\n"
    "u.href = 'http://x.com/?k=v'; console.log(u.searchParams.get('k'), u.href);\n"
    "try { u.href = 'nope'; } catch (e) { console.log(e.message, e.code); }\n"
    "const m = new URL('mailto:x@y'); m.pathname = 'z'; m.host = 'h'; console.log(m.href);",
    "https://u%40:p%3Aw@b.com:1/p%20q?a=1#h\n"
    "https://u%40:p%3Aw@c.com/p%20q \n"
    "v http://x.com/?k=v\n"
    "Invalid URL ERR_INVALID_URL\n"
    "mailto:x@y\n",
    0 },
  { "search-params",
    "const p = new URLSearchParams({ a: '1', b: 'x y' });\n"
    "p.append('c', '\\u00e9&');\n"
    "console.log(p.toString(), [...p.keys()], p.size, p);\n"
    "const q = new URLSearchParams('?b=2&a=1&b=1&&=c&d');\n"
    "q.sort(); console.log(q.toString(), q.get('b'), q.getAll('b'), q.get('zz'), q.has('b', '1'), q.has('b', '3'));\n"
    "q.set('b', 'new'); q.delete('d'); q.delete('a', 'x'); console.log(q.toString(), [...q.entries()], [...q.values()]);\n"
    "console.log(new URLSearchParams([['x', 1], new Set(['y', 2])]).toString(), new URLSearchParams('a=%zz&b=%C3%A9+x').get('b'), new URLSearchParams('a=%zz').get('a'));\n"
    "q.forEach((v, k, o) => console.log(k, v, o === q));\n"
    "const it = q.keys(); it.next(); console.log(it, q.values(), Object.prototype.toString.call(it));",
    "a=1&b=x+y&c=%C3%A9%26 [ 'a', 'b', 'c' ] 3 URLSearchParams { 'a' => '1', 'b' => 'x y', 'c' => '\303\251&' }\n"
    "=c&a=1&b=2&b=1&d= 2 [ '2', '1' ] null true false\n"
    "=c&a=1&b=new [ [ '', 'c' ], [ 'a', '1' ], [ 'b', 'new' ] ] [ 'c', '1', 'new' ]\n"
    "x=1&y=2 \303\251 x %zz\n"
    " c true\n"
    "a 1 true\n"
    "b new true\n"
    "URLSearchParams Iterator { 'a', 'b' } URLSearchParams Iterator { 'c', '1', 'new' } [object URLSearchParams Iterator]\n",
    0 },
  { "search-params-errors",
    "for (const f of [() => new URLSearchParams([['a']]), () => new URLSearchParams([1]), () => URLSearchParams.prototype.get.call({}, 'a'), () => new URLSearchParams('a=1').get(), () => new URLSearchParams().append('a'), () => URLSearchParams('a')])\n"
    "  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }",
    "TypeError ERR_INVALID_TUPLE Each query pair must be an iterable [name, value] tuple\n"
    "TypeError ERR_INVALID_TUPLE Each query pair must be an iterable [name, value] tuple\n"
    "TypeError ERR_INVALID_THIS Value of \"this\" must be of type URLSearchParams\n"
    "TypeError ERR_MISSING_ARGS The \"name\" argument must be specified\n"
    "TypeError ERR_MISSING_ARGS The \"name\" and \"value\" arguments must be specified\n"
    "TypeError undefined Class constructor URLSearchParams cannot be invoked without 'new'\n",
    0 },
  { "live-link",
    "const u = new URL('http://a.com/x?y=1');\n"
    "u.searchParams.append('z', 'a b'); console.log(u.href, u.search);\n"
    "u.searchParams.delete('y'); u.searchParams.delete('z'); console.log(u.href);\n"
    "u.search = 'k=1&k=2'; console.log(u.searchParams.getAll('k'), u.searchParams.size);\n"
    "console.log(u, { nested: new URL('foo:bar') });\n"
    "console.log(require('url').URL === URL, new URLSearchParams({ long1: 'x'.repeat(30), long2: 'y'.repeat(30), long3: 'z'.repeat(30) }));",
    "http://a.com/x?y=1&z=a+b ?y=1&z=a+b\n"
    "http://a.com/x\n"
    "[ '1', '2' ] 2\n"
    "URL {\n"
    "  href: 'http://a.com/x?k=1&k=2',\n"
    "  origin: 'http://a.com',\n"
    "  protocol: 'http:',\n"
    "  username: '',\n"
    "  password: '',\n"
    "  host: 'a.com',\n"
    "  hostname: 'a.com',\n"
    "  port: '',\n"
    "  pathname: '/x',\n"
    "  search: '?k=1&k=2',\n"
    "  searchParams: URLSearchParams { 'k' => '1', 'k' => '2' },\n"
    "  hash: ''\n"
    "} {\n"
    "  nested: URL {\n"
    "    href: 'foo:bar',\n"
    "    origin: 'null',\n"
    "    protocol: 'foo:',\n"
    "    username: '',\n"
    "    password: '',\n"
    "    host: '',\n"
    "    hostname: '',\n"
    "    port: '',\n"
    "    pathname: 'bar',\n"
    "    search: '',\n"
    "    searchParams: URLSearchParams {},\n"
    "    hash: ''\n"
    "  }\n"
    "}\n"
    "true URLSearchParams {\n"
    "  'long1' => 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n"
    "  'long2' => 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',\n"
    "  'long3' => 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }\n",
    0 },
};

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  add_cases ("/engine/url", url_cases, G_N_ELEMENTS (url_cases));
  return g_test_run ();
}
