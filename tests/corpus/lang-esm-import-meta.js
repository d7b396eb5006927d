// import.meta in an ES module main (Node 20.11+: dirname, filename, resolve, url).
const meta = import.meta;
console.log(typeof meta, Object.getPrototypeOf(meta), Object.keys(meta));
console.log(meta.url.startsWith('file:///'), meta.url.endsWith('/lang-esm-import-meta.js'));
console.log(meta.filename.endsWith('lang-esm-import-meta.js'), meta.filename.startsWith(meta.dirname + '/'));
console.log(meta.resolve('node:fs'), meta.resolve('events'), meta.resolve('./other.js') === new URL('./other.js', meta.url).href);
try { meta.resolve('not-a-package'); } catch (e) { console.log(e.code); }
function nested() { return import.meta === meta; }
console.log(nested(), (() => import.meta.url === meta.url)());
meta.custom = 'writable';
console.log(import.meta.custom);
