// at() with positive and negative indices
const a = [10, 20, 30];
console.log(a.at(0), a.at(-1), a.at(-3), a.at(3), a.at(-4), a.at(1.7), a.at('1'));
console.log([].at(0), 'abc'.at(-1));
console.log(a.at(), a.at(NaN));
