// numeric arrays with more than 6 items are grouped into aligned columns
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 26 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => i * i * i));
console.log([1, 22, 333, 4444, 55555, 666666, 7777777, -8, 9.5]);
console.log(Array.from({ length: 10 }, (_, i) => -i * 1.5));
