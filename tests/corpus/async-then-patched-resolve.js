// resolving with a native promise calls its (patched) then in a job
const original = Promise.prototype.then;
const log = [];
Promise.prototype.then = function (a, b) {
  log.push('patched then, this is ' + (this === inner ? 'inner' : 'other'));
  return original.call(this, a, b);
};
const inner = Promise.resolve('inner value');
const outer = new Promise(resolve => resolve(inner));
log.push('sync end');
Promise.prototype.then = original;
outer.then(v => {
  log.push('outer got ' + v);
  console.log(log.join('\n'));
});
