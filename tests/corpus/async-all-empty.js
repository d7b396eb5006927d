// Promise.all / allSettled of an empty iterable resolve with [] ; race never settles
Promise.all([]).then(v => console.log('all', v));
Promise.allSettled([]).then(v => console.log('allSettled', v));
const raced = Promise.race([]);
raced.then(() => console.log('race settled (never)'));
setTimeout(() => console.log('race still', raced), 10);
Promise.all('').then(v => console.log('all of empty string', v));
Promise.all(new Set()).then(v => console.log('all of empty set', v));
