// padStart / padEnd with default and custom fillers, truncated fill
console.log('5'.padStart(3, '0'), '5'.padEnd(3, '0'), 'abc'.padStart(2), 'abc'.padStart(6));
console.log('x'.padStart(6, 'ab'), 'x'.padEnd(6, 'ab'), 'x'.padStart(4, ''));
console.log([1, 22, 333].map(n => String(n).padStart(5, '.')).join('|'));
console.log('|' + 'left'.padEnd(8) + '|' + 'right'.padStart(8) + '|');
