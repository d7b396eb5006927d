// objects compared with == are converted via valueOf / toString
const v = { valueOf() { return 42; } };
const t = { toString() { return 'hi'; } };
const both = { valueOf() { return 1; }, toString() { return 'two'; } };
console.log(v == 42, v == '42', t == 'hi', both == 1, both == 'two');
console.log(`${both}`, both + '', String(both), both * 2);
console.log([] == false, [] == '', [0] == false, [1] == 1, [1, 2] == '1,2');
console.log({} == '[object Object]', [] == [], {} == {});
const a = {};
console.log(a == a, a === a);
const date0 = { [Symbol.toPrimitive](hint) { return hint === 'number' ? 7 : 'seven'; } };
console.log(+date0, `${date0}`, date0 + '');
