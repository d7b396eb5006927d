// a rejection passing through a chain is handled by the catch at its end (exit code 0)
Promise.reject(new Error('start of chain'))
  .then(() => console.log('skipped'))
  .finally(() => console.log('finally sees it'))
  .catch(e => console.log('caught at end:', e.message));
const p = Promise.reject(new Error('second'));
const q = p.then(() => 1);
q.catch(e => console.log('q caught:', e.message));
p.catch(() => {});
