// species that is a plain function constructor acting as its own capability
const log = [];
function Odd(executor) {
  log.push('Odd called, new.target is Odd: ' + (new.target === Odd));
  executor(v => log.push('resolve ' + v), e => log.push('reject ' + e));
  this.kind = 'odd';
}
const p = Promise.resolve(5);
p.constructor = { [Symbol.species]: Odd };
const q = p.then(v => v * 2);
console.log(q.kind, q instanceof Promise, typeof q.then);
const r = Promise.reject(new Error('boom'));
r.constructor = { [Symbol.species]: Odd };
r.then(null, e => 'handled ' + e.message);
setTimeout(() => console.log(log.join('\n')), 0);
