// Boolean conversion and Boolean objects
console.log(Boolean(0), Boolean('0'), Boolean(''), Boolean(' '), Boolean([]), Boolean(null), Boolean(NaN));
console.log(!!'false', !!{}, Boolean(Symbol()), Boolean(-0), Boolean(Infinity));
const boxed = new Boolean(false);
console.log(typeof boxed, boxed ? 'boxed false is truthy' : 'falsy', boxed.valueOf());
console.log(true.toString(), String(false), true + 1, [true, false].map(Number));
console.log([0, 1, '', 'x', null].filter(Boolean));
