// a rejection handled only inside a later timer is too late: the process already exited with 1
const p = Promise.reject(new Error('handled too late'));
console.log('rejected promise created');
setTimeout(() => {
  p.catch(e => console.log('never:', e.message));
}, 0);
