// sparse arrays through common methods: holes are skipped or turned into undefined
const s = [1, , 3, , 5];
console.log(s.map(x => x * 10));
console.log(s.filter(() => true));
console.log(s.join('-'));
console.log([...s]);
console.log(Array.from(s));
console.log(s.reduce((acc, x) => acc + x, 0));
console.log(Object.entries(s));
for (const i in s) console.log('in', i);
console.log(s.flat());
console.log(s.some(x => x === undefined), s.every(x => x !== undefined));
console.log(JSON.stringify(s));
console.log(s.sort((a, b) => b - a));
