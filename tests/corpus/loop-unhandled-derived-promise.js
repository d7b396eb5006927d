// handling the original promise does not handle a derived promise: exit code 1
const original = Promise.reject(new Error('root cause'));
original.catch(e => console.log('original handled:', e.message));
const derived = original.then(v => v);
console.log('derived created but never handled', derived instanceof Promise);
setTimeout(() => console.log('never: timer'), 0);
