// util.promisify turns an (err, value) callback function into a promise-returning one
const util = require('util');
function lookup(key, cb) {
  setTimeout(() => (key in { a: 1 } ? cb(null, `value of ${key}`) : cb(new Error(`missing ${key}`))), 1);
}
const lookupAsync = util.promisify(lookup);
lookupAsync('a').then(v => console.log(v));
lookupAsync('zz').catch(e => console.log(e.message));
console.log(typeof lookupAsync);
