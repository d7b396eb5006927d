// Promise.all reads C.resolve once and calls it for every element
let reads = 0, calls = 0;
class Counting extends Promise {
  static get resolve() {
    reads++;
    return function (value) {
      calls++;
      return Promise.resolve.call(this, value);
    };
  }
}
Counting.all([1, 2, 3]).then(values => console.log('all', values.join(), 'reads', reads, 'calls', calls));
console.log('sync', reads, calls);
function Custom(executor) {
  return new Promise(executor);
}
Custom.resolve = v => ({ then(ok) { console.log('custom then for', v); ok(v * 10); } });
Promise.all.call(Custom, [1, 2]).then(values => console.log('custom', values.join()));
const bad = { resolve: 42 };
Promise.all.call(Custom, []).then(v => console.log('empty', v.length));
try {
  Promise.all.call(Object.assign(Custom, { resolve: 'nope' }), [1]).catch(e => console.log('caught', e.message));
} catch (err) {
  console.log('threw', err.message);
}
console.log(typeof bad.resolve);
