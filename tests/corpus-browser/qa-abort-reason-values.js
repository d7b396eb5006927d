// abort(reason) keeps any reason; abort() and abort(undefined) make an AbortError DOMException.
// @host browser
const a = new AbortController(); a.abort(new Error('custom'));
console.log('error reason', a.signal.reason.message);
const b = new AbortController(); b.abort(42);
console.log('number reason', b.signal.reason);
const c = new AbortController(); c.abort(undefined);
console.log('undefined reason', c.signal.reason.name, c.signal.reason.message, c.signal.reason.code);
const d = new AbortController(); d.abort(null);
console.log('null reason', String(d.signal.reason));
const e = AbortSignal.abort();
console.log('static abort', String(e.aborted), e.reason.name);
const f = new AbortController();
console.log('fresh', String(f.signal.aborted), String(f.signal.reason));
