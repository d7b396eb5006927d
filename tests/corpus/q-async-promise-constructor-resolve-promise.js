// resolving a promise with another promise takes two extra ticks
const inner = Promise.resolve('inner');
new Promise(r => r(inner)).then(v => console.log('wrapped', v));
inner.then(v => console.log('direct', v));
Promise.resolve(inner).then(v => console.log('Promise.resolve same object', v));
console.log(Promise.resolve(inner) === inner, new Promise(r => r(inner)) === inner);
Promise.resolve().then(() => console.log('a')).then(() => console.log('b')).then(() => console.log('c'));
