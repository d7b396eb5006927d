// const is block-scoped; the binding is constant but objects stay mutable
const a = 1;
{
  const a = 2;
  console.log(a);
}
console.log(a);
const obj = { n: 1 };
obj.n = 2;
obj.m = 3;
console.log(obj.n, obj.m);
const arr = [1];
arr.push(2);
console.log(arr.length);
for (const k of ['p', 'q']) {
  console.log(k);
}
