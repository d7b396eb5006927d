// The classic order puzzle: sync code, then microtasks (then, queueMicrotask, await), then timers.
// @host browser
console.log('script start');
setTimeout(() => console.log('setTimeout'), 0);
async function async1() {
  console.log('async1 start');
  await async2();
  console.log('async1 end');
}
async function async2() {
  console.log('async2');
}
async1();
new Promise((resolve) => {
  console.log('promise executor');
  resolve();
}).then(() => console.log('then 1')).then(() => console.log('then 2'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('script end');
