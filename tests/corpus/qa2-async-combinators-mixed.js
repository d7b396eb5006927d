const later = (v, ms) => new Promise(r => setTimeout(() => r(v), ms));
const fail = (msg, ms) => new Promise((_, j) => setTimeout(() => j(new Error(msg)), ms));
(async () => {
  console.log(await Promise.all([1, later(2, 20), Promise.resolve(3), { then(r) { r(4); } }]));
  console.log((await Promise.allSettled([later('x', 5), fail('y', 1), 5])).map(r => r.status + ':' + (r.value ?? r.reason.message)));
  console.log(await Promise.race([later('slow', 30), later('fast', 10)]));
  console.log(await Promise.any([fail('a', 1), later('b', 5), fail('c', 2)]));
  try { await Promise.any([fail('a', 1), Promise.reject(new TypeError('t'))]); }
  catch (e) { console.log(e.constructor.name, e.message, e.errors.map(x => x.message)); }
  try { await Promise.all([later(1, 50), fail('first', 5)]); }
  catch (e) { console.log('all rejected:', e.message); }
  console.log(await Promise.all([]), await Promise.allSettled([]));
  try { await Promise.any([]); } catch (e) { console.log(e.message, e.errors); }
  console.log(await Promise.race([]).constructor === undefined);
})();
