// own property order: integer keys ascending, then strings by insertion, then symbols
const o = {};
o.z = 1;
o[10] = 1;
o.a = 1;
o[2] = 1;
o['4294967294'] = 1;
o['4294967295'] = 1;
o[Symbol('s')] = 1;
o['-3'] = 1;
o['007'] = 1;
console.log(Object.keys(o).join(' '));
console.log(Reflect.ownKeys(o).length, Object.getOwnPropertySymbols(o).length);
console.log(JSON.stringify({ b: 1, 1: 2, a: 3, 0: 4 }));
const re = { x: 1, y: 2 };
delete re.x;
re.x = 3;
console.log(Object.keys(re));
console.log(Object.entries({ c: 1, [1]: 'one' }));
