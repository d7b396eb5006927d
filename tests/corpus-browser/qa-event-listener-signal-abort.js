// A listener added with a signal is removed when the signal aborts, even during dispatch.
// @host browser
const target = new EventTarget();
const c = new AbortController();
target.addEventListener('tick', () => { console.log('first aborts the controller'); c.abort(); });
target.addEventListener('tick', () => console.log('second (removed before it runs)'), { signal: c.signal });
target.addEventListener('tick', () => console.log('third'));
target.dispatchEvent(new Event('tick'));
target.dispatchEvent(new Event('tick'));
target.addEventListener('tick', () => console.log('never added: signal already aborted'), { signal: c.signal });
target.dispatchEvent(new Event('tick'));
