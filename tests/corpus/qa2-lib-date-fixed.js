const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(d.toISOString(), d.getTime(), d.valueOf() === +d, d.getUTCDay(), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
console.log(JSON.stringify({ d }), d.toJSON(), new Date('2024-03-10T10:00:00Z').getTime(), Date.UTC(1970, 0, 1));
console.log(new Date(Date.UTC(2024, 0, 31 + 1)).toISOString(), new Date(Date.UTC(2023, 12, 1)).toISOString(), new Date(Date.UTC(99, 0)).toISOString());
console.log(Date.parse('2024-01-01'), Date.parse('2024-01-01T00:00:00.000Z'), Date.parse('nonsense'), new Date(8.64e15 + 1).getTime());
const copy = new Date(d); copy.setUTCDate(copy.getUTCDate() + 1); copy.setUTCHours(25);
console.log(copy.toISOString(), copy > d, copy - d, typeof (copy - d), d == d.getTime(), d === new Date(d));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name, e.message); }
console.log(String(new Date(NaN)), new Date(NaN).getTime(), JSON.stringify(new Date(NaN)), isNaN(new Date('x')));
console.log(new Date(-1).toISOString(), new Date(Date.UTC(-1, 0)).toISOString(), new Date(Date.UTC(10000, 0)).toISOString());
console.log([new Date(3), new Date(1), new Date(2)].sort((a, b) => a - b).map(Number), Object.prototype.toString.call(d));
const days = Math.round((Date.UTC(2024, 11, 25) - Date.UTC(2024, 0, 1)) / 864e5);
console.log(days, new Date(0).toUTCString(), new Date(Date.UTC(2020, 5, 15, 8)).toUTCString());
console.log(d[Symbol.toPrimitive]('number'), d[Symbol.toPrimitive]('default') === d.toString(), typeof Date(), new Date(2020, 0) instanceof Date);
