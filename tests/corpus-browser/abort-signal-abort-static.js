// AbortSignal.abort() makes an already aborted signal; its default reason is an AbortError.
// @host browser
const signal = AbortSignal.abort();
console.log('aborted:', String(signal.aborted));
console.log('reason:', signal.reason.name, '-', signal.reason.message);
const withReason = AbortSignal.abort('no more bread');
console.log('custom reason:', withReason.reason);
const fresh = new AbortController().signal;
console.log('fresh signal aborted:', String(fresh.aborted), 'reason:', String(fresh.reason));
