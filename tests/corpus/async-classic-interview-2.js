// interview puzzle: awaiting an async function that returns a promise
async function async1() {
  console.log('async1 start');
  await async2();
  console.log('async1 end');
}
async function async2() {
  console.log('async2 start');
  return Promise.resolve().then(() => console.log('async2 inner then'));
}
async1();
Promise.resolve()
  .then(() => console.log('p1'))
  .then(() => console.log('p2'))
  .then(() => console.log('p3'))
  .then(() => console.log('p4'));
console.log('sync');
