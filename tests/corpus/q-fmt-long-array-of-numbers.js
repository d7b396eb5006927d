// numeric arrays of different lengths and widths get grouped into aligned columns
console.log(Array.from({ length: 7 }, (_, i) => i * 1000));
console.log(Array.from({ length: 26 }, (_, i) => i * i * i));
console.log(Array.from({ length: 12 }, (_, i) => (i % 2 ? -1 : 1) * i / 4));
console.log(Array.from({ length: 8 }, (_, i) => 'w'.repeat(i + 1)));
console.log(Array.from({ length: 150 }, (_, i) => i));
console.log([true, false, true, false, true, false, true, null]);
