// building a long string with += in a loop (a common pattern) must stay fast
let s = '';
for (let i = 0; i < 500000; i++) s += String.fromCharCode(97 + (i % 26));
console.log(s.length, s.slice(0, 30), s.slice(-5));
let csv = '';
for (let row = 0; row < 20000; row++) csv += `${row},${row * 2},${row % 7}\n`;
console.log(csv.length, csv.split('\n').length);
