// AbortSignal.any with an already aborted input is aborted at once; otherwise it follows the first.
// @host browser
const done = AbortSignal.abort('early');
const combined1 = AbortSignal.any([new AbortController().signal, done]);
console.log('combined1', String(combined1.aborted), String(combined1.reason));
const x = new AbortController(), y = new AbortController();
const combined2 = AbortSignal.any([x.signal, y.signal]);
combined2.addEventListener('abort', () => console.log('combined2 aborted by', combined2.reason));
x.signal.addEventListener('abort', () => console.log('x listener'));
setTimeout(() => { y.abort('y'); x.abort('x'); console.log('x', String(x.signal.aborted)); }, 50);
