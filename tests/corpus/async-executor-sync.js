// the Promise executor runs synchronously; then callbacks run later as microtasks
console.log('1 before');
const p = new Promise((resolve) => {
  console.log('2 executor');
  resolve('value');
  console.log('3 executor after resolve');
});
p.then((v) => console.log('5 then', v));
console.log('4 after');
