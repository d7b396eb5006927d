const rows = [];
for (let r = 0; r < 200; r++) {
  let line = '';
  for (let c = 0; c < 10; c++) line += (r * 10 + c).toString().padStart(5, ' ');
  rows.push(line);
}
const table = rows.join('\n');
console.log(table.length, rows[0], rows[199], table.split('\n').length);
let csv = 'id,name,score\n';
for (let i = 0; i < 5000; i++) csv += `${i},"name ${i}",${(i * 7) % 100}\n`;
const parsed = csv.trim().split('\n').slice(1).map(l => l.split(','));
console.log(csv.length, parsed.length, parsed[4999], parsed.reduce((s, p) => s + Number(p[2]), 0));
let json = '[';
for (let i = 0; i < 3000; i++) json += (i ? ',' : '') + JSON.stringify({ i, s: 'v' + i });
json += ']';
const data = JSON.parse(json);
console.log(json.length, data.length, data[2999], json.slice(-30));
let acc = '';
for (let i = 0; i < 100000; i++) { acc += 'ab'; if (acc.length > 1000) acc = acc.slice(500); }
console.log(acc.length, acc.slice(0, 10));
let nested = '';
for (let i = 0; i < 500; i++) nested = `(${nested})`;
console.log(nested.length, nested.slice(0, 5), nested.indexOf(')'), nested.replace(/\(\)/g, 'X').length);
const big = 'x'.repeat(100000) + 'needle' + 'y'.repeat(100000);
console.log(big.indexOf('needle'), big.includes('needley'), big.lastIndexOf('x'), big.search(/n+e/), big.split('needle').map(s => s.length));
