// alternating nextTick and promise scheduling, several levels deep
process.nextTick(() => {
  console.log('tick A');
  Promise.resolve().then(() => {
    console.log('micro A');
    process.nextTick(() => {
      console.log('tick B');
      Promise.resolve().then(() => console.log('micro B'));
    });
    Promise.resolve().then(() => console.log('micro A2'));
  });
  process.nextTick(() => console.log('tick A2'));
});
Promise.resolve().then(() => console.log('micro main'));
console.log('main');
