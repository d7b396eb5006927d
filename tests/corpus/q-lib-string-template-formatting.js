// formatting helpers from blog posts: padStart tables, toFixed money, repeat bars
const rows = [['apples', 3, 1.2], ['kiwis', 12, 0.35], ['watermelon', 1, 4.999]];
for (const [name, qty, price] of rows) {
  console.log(`${name.padEnd(12, '.')}${String(qty).padStart(4)} x ${price.toFixed(2).padStart(6)} = ${(qty * price).toFixed(2)}`);
}
const total = rows.reduce((s, [, q, p]) => s + q * p, 0);
console.log('TOTAL'.padEnd(12) + total.toFixed(2).padStart(20));
for (const [label, v] of [['cpu', 0.73], ['mem', 0.41]]) console.log(label, '#'.repeat(Math.round(v * 20)).padEnd(20, '-'), `${(v * 100).toFixed(1)}%`);
console.log((1234.5).toFixed(2).replace('.', ','), String(7).padStart(3, '0'), `${1}${'0'.repeat(3)}`);
