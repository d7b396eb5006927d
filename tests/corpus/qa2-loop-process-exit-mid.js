process.on('exit', (c) => console.log('exit handler', c));
setTimeout(() => console.log('never timer'), 0);
Promise.resolve().then(() => {
  console.log('micro 1');
  process.nextTick(() => console.log('never tick'));
  Promise.resolve().then(() => console.log('never micro'));
  process.exit(5);
  console.log('after exit');
});
console.log('sync');
