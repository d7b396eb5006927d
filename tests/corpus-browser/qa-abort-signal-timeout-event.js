// AbortSignal.timeout fires its abort event with a TimeoutError; a later timer sees it aborted.
// @host browser
const signal = AbortSignal.timeout(100);
console.log('aborted at start', String(signal.aborted));
signal.onabort = () => {
  console.log('onabort:', signal.reason.name, signal.reason.message, signal.reason.code);
  queueMicrotask(() => console.log('microtask from onabort'));
};
setTimeout(() => console.log('timer 50, aborted', String(signal.aborted)), 50);
setTimeout(() => console.log('timer 200, aborted', String(signal.aborted)), 200);
