// date arithmetic in UTC: days between dates, add months overflow, day-of-week names
const day = 24 * 60 * 60 * 1000;
const a = Date.UTC(2024, 0, 1), b = Date.UTC(2024, 2, 1);
console.log((b - a) / day, new Date(a).getUTCDay(), ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(b).getUTCDay()]);
const d = new Date(Date.UTC(2023, 0, 31));
d.setUTCMonth(d.getUTCMonth() + 1);
console.log(d.toISOString().slice(0, 10));
const leap = y => new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;
console.log([1900, 2000, 2023, 2024].map(leap));
console.log(new Date(Date.UTC(99, 0)).getUTCFullYear(), new Date('2024-03-10').toISOString(), Date.UTC(2024), new Date(2024, 0, 1, 0, 0, 0) instanceof Date);
