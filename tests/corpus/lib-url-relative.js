// URL resolution against a base, normalisation and the live searchParams link
const base = 'https://shop.example/catalog/cakes/index.html?page=2#top';
for (const ref of ['../bread/', './sourdough?x=1', '/checkout', '//cdn.example/img.png', '?sort=price', '#reviews', 'HTTPS://Shop.Example:443/a/%7Eb/../c'])
  console.log(new URL(ref, base).href);
const url = new URL('http://localhost:8080/api/orders?status=open');
url.searchParams.append('item', 'crème brûlée');
url.searchParams.set('status', 'baked');
url.hash = 'summary';
console.log(url.href);
console.log(url.search, Object.fromEntries(url.searchParams), url.origin, url.port);
url.port = '80';
url.pathname = '/v2/orders list';
console.log(url.toString(), url.host);
const params = new URLSearchParams([['b', '2'], ['a', '1'], ['b', '1']]);
params.sort();
console.log(params.toString(), params.getAll('b'), params.size, params);
try { new URL('/relative-only'); } catch (e) { console.log(e.name, e.code, e.input); }
console.log(url);
