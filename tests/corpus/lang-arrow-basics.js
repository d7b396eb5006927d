// arrow functions: expression bodies, block bodies, object literal returns
const add = (a, b) => a + b;
const sq = x => x * x;
const none = () => 'none';
const obj = () => ({ a: 1 });
const block = (n) => {
  const d = n * 2;
  return d + 1;
};
console.log(add(2, 3), sq(4), none(), obj().a, block(5));
console.log([1, 2, 3].map(x => x * 10).join(','));
const curry = a => b => c => a + b + c;
console.log(curry(1)(2)(3));
console.log(typeof add, add.length);
