// a loose equality table across tricky values
const vals = [0, '', '0', null, undefined, NaN, false, [], [0], [[]], {}, '  \n'];
const names = ['0', "''", "'0'", 'null', 'undef', 'NaN', 'false', '[]', '[0]', '[[]]', '{}', "' \\n'"];
for (let i = 0; i < vals.length; i++) {
  let row = '';
  for (let j = 0; j < vals.length; j++) row += vals[i] == vals[j] ? 'T' : '.';
  console.log(row, names[i]);
}
console.log([] == ![], [] + [] === '', [] + {}, 1 + - + + + - + 1);
console.log(null >= 0, null > 0, null == 0, undefined >= 0, '2' > '12', 2 > '12');
