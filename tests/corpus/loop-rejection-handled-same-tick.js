// a rejection handled later in the same synchronous run is fine (exit code 0)
const p = Promise.reject(new Error('handled in time'));
console.log('doing other sync work');
for (let i = 0; i < 3; i++) console.log('work', i);
p.catch(e => console.log('caught:', e.message));
setTimeout(() => console.log('timer runs normally'), 0);
