// grouping helpers: Object.groupBy and Map.groupBy availability, and a manual fallback
const people = [{ n: 'a', age: 21 }, { n: 'b', age: 35 }, { n: 'c', age: 22 }, { n: 'd', age: 40 }];
console.log(typeof Object.groupBy, typeof Map.groupBy, typeof Array.prototype.group);
const decade = (p) => `${Math.floor(p.age / 10) * 10}s`;
const grouped = people.reduce((acc, p) => { (acc[decade(p)] ??= []).push(p.n); return acc; }, {});
console.log(grouped);
const m = new Map();
for (const p of people) m.set(decade(p), [...(m.get(decade(p)) ?? []), p.age]);
console.log(m);
