// allSettled / any element functions and results under a patched then
const original = Promise.prototype.then;
const seen = [];
Promise.prototype.then = function (a, b) {
  seen.push([typeof a, a && a.length, typeof b, b && b.length].join('/'));
  return original.call(this, a, b);
};
const settled = Promise.allSettled([Promise.reject(new Error('x')), 1]);
const any = Promise.any([Promise.reject(new Error('y')), Promise.reject(new Error('z'))]);
Promise.prototype.then = original;
console.log(seen.join('\n'));
settled.then(r => console.log(JSON.stringify(r.map(e => [e.status, e.value, e.reason && e.reason.message]))));
any.catch(e => console.log(e.constructor.name, e.message, e.errors.map(x => x.message).join()));
