// relative tick order of the combinators resolving on already-resolved inputs
const p = Promise.resolve('v');
Promise.all([p]).then(() => console.log('all'));
Promise.allSettled([p]).then(() => console.log('allSettled'));
Promise.race([p]).then(() => console.log('race'));
Promise.any([p]).then(() => console.log('any'));
p.then(() => console.log('then')).then(() => console.log('then 2')).then(() => console.log('then 3'));
