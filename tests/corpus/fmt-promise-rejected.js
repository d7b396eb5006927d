// a rejected promise with a primitive reason prints Promise { <rejected> reason }
const p = Promise.reject('nope');
p.catch(() => {});
console.log(p);
const q = Promise.reject(42);
q.catch(() => {});
console.log([q]);
