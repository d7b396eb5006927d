const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(d.toISOString(), d.getTime(), d.valueOf() === +d);
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMilliseconds());
console.log(JSON.stringify({ d }), d.toJSON());
const e = new Date(d); e.setUTCMonth(12);
console.log(e.toISOString());
console.log(new Date('2020-01-01T00:00:00Z').getTime(), new Date('2020-01-01T00:00:00.000+02:00').toISOString());
console.log(new Date(NaN).getTime(), String(new Date(NaN)), new Date('garbage').toString());
try { new Date(NaN).toISOString(); } catch (e2) { console.log(e2.name + ': ' + e2.message); }
console.log(Date.UTC(1970, 0, 1), Date.UTC(2000), new Date(0).toUTCString());
console.log(new Date(8.64e15).toISOString(), new Date(8.64e15 + 1).getTime());
console.log(new Date(-1).toISOString(), new Date(Date.UTC(-1, 0)).toISOString(), new Date(Date.UTC(10000, 0)).toISOString());
console.log(typeof Date.now(), Date.parse('2000-01-01T00:00:00.000Z'), [new Date(0)]);
