// arrays longer than 100 items show "... N more items"
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 150 }, () => 0));
console.log(Array.from({ length: 100 }, () => 'x').length);
console.log({ nested: Array.from({ length: 102 }, (_, i) => i % 10) });
console.log([Array.from({ length: 120 }, () => 'x')].length);
