// seed: an async function always returns a promise, whatever its body returns or throws
async function plain() { return 'value'; }
async function none() {}
async function fails() { throw new Error('failure'); }
console.log(plain() instanceof Promise, none() instanceof Promise);
plain().then(v => console.log('plain resolved with', v));
none().then(v => console.log('none resolved with', v));
fails().catch(e => console.log('fails rejected with', e.message));
