// Date.now deltas around a busy-wait are sane without printing real times
const t0 = Date.now();
let spins = 0;
while (Date.now() - t0 < 30) spins++;
const dt = Date.now() - t0;
console.log(dt >= 30, dt < 1000, spins > 0, typeof t0, Number.isInteger(t0));
const d = new Date(0);
console.log(d.toISOString(), d.getTime(), new Date(86400000).toISOString());
console.log(new Date('2020-02-29T12:00:00Z').toISOString(), new Date('nope').getTime());
console.log(JSON.stringify({ when: new Date(Date.UTC(2000, 0, 1)) }));
console.log(Date.UTC(1970, 0, 2), new Date(Date.UTC(2021, 11, 31)).getUTCDay());
