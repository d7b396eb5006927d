// if / else if / else chains and truthiness of values
const values = [0, 1, '', 'a', null, undefined, NaN, [], {}, -0, '0', 'false'];
for (const v of values) {
  if (v) console.log(typeof v, 'truthy');
  else console.log(typeof v, 'falsy');
}
function grade(n) {
  if (n >= 90) return 'A';
  else if (n >= 80) return 'B';
  else if (n >= 70) return 'C';
  else return 'F';
}
console.log([95, 85, 75, 10].map(grade).join(''));
if (true) console.log('single statement');
