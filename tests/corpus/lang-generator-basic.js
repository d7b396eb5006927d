// generators pause at yield and resume with next(value)
function* counter() {
  const x = yield 1;
  console.log('got', x);
  const y = yield x * 2;
  console.log('got', y);
  return 'done';
}
const it = counter();
console.log(it.next('ignored'));
console.log(it.next(5));
console.log(it.next(7));
console.log(it.next());
console.log(typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
function* range(a, b) { for (let i = a; i < b; i++) yield i; }
console.log([...range(3, 7)]);
