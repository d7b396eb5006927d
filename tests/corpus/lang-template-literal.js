// template literals: interpolation, expressions, multi-line, nesting
const name = 'World';
const n = 3;
console.log(`Hello, ${name}!`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`ternary: ${n > 2 ? 'big' : 'small'}`);
console.log(`line one
line two`);
console.log(`nested ${`inner ${name.toLowerCase()}`} done`);
console.log(`${[1, 2, 3]} ${{}} ${null} ${undefined} ${true}`);
console.log(`escaped \${not} \` backtick`);
const obj = { toString() { return 'custom'; } };
console.log(`${obj}`);
console.log(`a\tb\\n`.length);
