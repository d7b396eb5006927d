// crypto: hashes, HMACs, one-shot hash, and the shapes of random values.
const crypto = require('crypto');
console.log(crypto.createHash('sha256').update('hello').digest('hex'));
console.log(crypto.createHash('md5').update('a').update(Buffer.from('b')).digest('base64'));
console.log(crypto.createHmac('sha1', 'key').update('message').digest('hex'));
console.log(crypto.createHash('sha512').update('').digest().length, crypto.hash('sha1', 'abc'));
const h = crypto.createHash('sha1'); h.digest();
try { h.update('x'); } catch (e) { console.log(e.code, e.message); }
try { crypto.createHash('nope'); } catch (e) { console.log(e.message); }
try { crypto.randomInt(5, 1); } catch (e) { console.log(e.code, e.message); }
const n = crypto.randomInt(10, 20);
console.log(n >= 10 && n < 20, crypto.randomBytes(8).length, crypto.randomUUID().length);
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));
console.log(globalThis.crypto === crypto.webcrypto, crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')));
crypto.randomInt(3, (err, v) => console.log('callback', err, v < 3));
