// Date UTC getters, month overflow, and ISO parsing without local time zone dependence
const d = new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 123));
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMilliseconds());
console.log(d.toISOString(), d.toJSON(), d.valueOf());
console.log(new Date(Date.UTC(2023, 12, 1)).toISOString(), new Date(Date.UTC(2023, 0, 0)).toISOString());
const e = new Date(d);
e.setUTCDate(e.getUTCDate() + 1);
console.log(e.toISOString(), e > d, e - d);
console.log(Date.parse('2000-01-01T00:00:00.000Z'), Date.parse('2000-01-01T00:00:00+02:00'), isNaN(Date.parse('garbage')));
console.log(new Date(8.64e15 + 1).getTime(), new Date(NaN).toString());
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name + ': ' + e.message); }
