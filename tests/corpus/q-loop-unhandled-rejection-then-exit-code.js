// with an unhandledRejection listener the process survives and keeps its exit code
process.on('unhandledRejection', (r, p) => { console.log('unhandled', r, p instanceof Promise); process.exitCode = 2; });
Promise.reject('reason 1');
Promise.resolve().then(() => Promise.reject('reason 2'));
setTimeout(() => console.log('timer still runs'), 20);
