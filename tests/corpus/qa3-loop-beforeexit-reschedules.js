let rounds = 0;
process.on('beforeExit', () => {
  rounds++;
  console.log('beforeExit round', rounds);
  if (rounds < 3) setTimeout(() => console.log('work scheduled in round', rounds), 0);
  else if (rounds === 3) Promise.resolve().then(() => console.log('microtask only'));
});
process.on('exit', () => console.log('exit after', rounds, 'rounds'));
