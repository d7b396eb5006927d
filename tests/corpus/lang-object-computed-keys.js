// computed property names in object literals and classes
const k = 'dyn';
let n = 0;
const obj = {
  [k]: 1,
  [k + 'Two']: 2,
  [`t${1 + 1}`]: 3,
  [++n]: 'one',
  [++n]: 'two',
};
console.log(obj);
const sym = Symbol('s');
const withSym = { [sym]: 'sym value' };
console.log(withSym[sym]);
const method = 'run';
const o2 = { [method]() { return 'ran'; } };
console.log(o2.run(), o2.run.name);
