// a long "predict the output" mixing async functions, thenables and nested thens
const log = (x) => console.log(x);
async function a() { log('a1'); await b(); log('a2'); await null; log('a3'); }
async function b() { log('b1'); await Promise.resolve(); log('b2'); }
const thenable = { then(r) { log('thenable'); r(); } };
Promise.resolve(thenable).then(() => log('after thenable'));
a();
new Promise(r => { log('exec'); r(Promise.resolve()); }).then(() => log('resolved with promise'));
Promise.resolve().then(() => { log('t1'); Promise.resolve().then(() => log('t1 inner')); }).then(() => log('t2'));
log('end');
