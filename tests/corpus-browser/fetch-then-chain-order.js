// Each response's handlers run as microtasks right after it arrives, before later timers.
// @host browser
// @fetch /one 100ms 200 1
// @fetch /two 200ms 200 2
const log = (msg) => () => console.log(msg);
fetch('/one').then(log('one: response')).then(log('one: next step'));
fetch('/two').then(log('two: response')).then(log('two: next step'));
setTimeout(log('timer 150'), 150);
setTimeout(log('timer 250'), 250);
Promise.resolve().then(log('microtask'));
