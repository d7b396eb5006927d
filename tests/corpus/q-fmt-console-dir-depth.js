// console.dir with depth options and showHidden
const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } }, arr: [[[[['x']]]]] };
console.dir(deep);
console.dir(deep, { depth: 0 });
console.dir(deep, { depth: 1 });
console.dir(deep, { depth: null });
console.dir(deep, { depth: Infinity });
console.dir([1, 2], { showHidden: true });
console.log(deep);
