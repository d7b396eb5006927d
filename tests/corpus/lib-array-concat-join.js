// concat flattens array arguments one level; join converts elements to strings
const a = [1, 2];
console.log(a.concat(3, [4, 5], [[6]]), a);
console.log([].concat('x', null, undefined));
console.log([1, [2, [3]]].join(), [1, 2, 3].join(''), [1, 2, 3].join(' - '));
console.log([null, undefined, 1, NaN, true, {}].join('|'));
console.log([].join(), [undefined].join(), [[]].join(), ['a'].join(','));
console.log(Array(4).join('ab'), [1, 2].toString(), String([[1, 2], [3]]));
