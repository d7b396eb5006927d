// all stops at the first rejection, allSettled reports everything
const inputs = () => [Promise.resolve('a'), Promise.reject(new Error('b failed')), Promise.resolve('c')];
Promise.all(inputs())
  .then(v => console.log('all', v))
  .catch(e => console.log('all rejected:', e.message));
Promise.allSettled(inputs())
  .then(rs => console.log('allSettled', rs.map(r => r.status)));
process.on('exit', () => console.log('exit'));
