// promises print their state: Promise { 1 }, Promise { <pending> }, Promise { undefined }
console.log(Promise.resolve(1));
console.log(new Promise(() => {}));
console.log(Promise.resolve());
console.log(Promise.resolve({ a: [1] }));
console.log([Promise.resolve('x')], { p: Promise.resolve(null) });
const later = Promise.resolve().then(() => 'done');
console.log(later);
later.then(() => console.log(later));
