// beforeExit fires when the loop empties and can schedule more work; exit fires once
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, 'round', rounds);
  if (rounds++ < 2) setTimeout(() => console.log('extra work', rounds), 10);
});
process.on('exit', (code) => console.log('exit', code));
console.log('main');
