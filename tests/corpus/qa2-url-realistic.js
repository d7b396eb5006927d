function buildUrl(base, path, query) {
  const url = new URL(path, base);
  for (const [k, v] of Object.entries(query)) {
    if (Array.isArray(v)) v.forEach(x => url.searchParams.append(k, x));
    else if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
  }
  return url;
}
const u = buildUrl('https://api.shop.test/v2/', 'products/search', { q: 'red shoes', size: [40, 41], sort: 'price:asc', page: 1, empty: '', skip: null });
console.log(u.href);
console.log(u.pathname.split('/').filter(Boolean), Object.fromEntries(u.searchParams), u.searchParams.getAll('size'));
const parsed = new URL('https://example.com/a/b/c.html?x=1#top');
console.log({ dir: parsed.pathname.slice(0, parsed.pathname.lastIndexOf('/') + 1), file: parsed.pathname.split('/').pop(), ext: parsed.pathname.split('.').pop() });
const routes = ['/users/42', '/users/42/posts/7', '/about'];
const pattern = /^\/users\/(?<id>\d+)(?:\/posts\/(?<post>\d+))?$/;
for (const r of routes) console.log(r, new URL(r, 'http://localhost').pathname.match(pattern)?.groups ?? 'no match');
const qs = 'utm_source=news&utm_medium=email&ref=a%2Fb&flag';
const params = new URLSearchParams(qs);
const utm = [...params].filter(([k]) => k.startsWith('utm_'));
console.log(utm, params.get('ref'), params.get('flag'), params.toString());
const redirect = new URL('https://login.test/cb');
redirect.searchParams.set('next', 'https://app.test/path?x=1&y=2');
console.log(redirect.href, new URL(redirect.searchParams.get('next')).searchParams.get('y'));
console.log(JSON.stringify(u), String(u) === u.href, u.toJSON() === u.href, u instanceof URL, Object.keys(u));
