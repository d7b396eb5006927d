// multiple thens on one promise run in registration order, interleaved with a chain
const p = Promise.resolve('v');
p.then(() => console.log('h1')).then(() => console.log('h1 next'));
p.then(() => console.log('h2'));
p.then(() => { console.log('h3'); return Promise.resolve(); }).then(() => console.log('h3 next'));
p.then(() => console.log('h4'));
