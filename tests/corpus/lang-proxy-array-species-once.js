// slice and splice read `constructor` once (ArraySpeciesCreate), seen through a Proxy's get trap.
const log = [];
const p = new Proxy([1, 2, 3, 4], {
  get(t, k, r) { log.push(typeof k === 'symbol' ? k.toString() : k); return Reflect.get(t, k, r); },
});
console.log(p.slice(1).join(), '|', log.join(' '));
log.length = 0;
console.log(p.splice(1, 2).join(), '|', log.join(' '));
log.length = 0;
console.log(p.map((x) => x * 2).join(), '|', log.join(' '));
