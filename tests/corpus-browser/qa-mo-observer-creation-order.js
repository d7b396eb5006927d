// Observers are notified in the order they were created, not the order of mutations.
// @host browser
const a = document.createElement('div');
const b = document.createElement('div');
const first = new MutationObserver(() => console.log('first observer (watches a)'));
const second = new MutationObserver(() => console.log('second observer (watches b)'));
second.observe(b, { attributes: true });
first.observe(a, { attributes: true });
b.setAttribute('x', '1');
queueMicrotask(() => console.log('microtask queued between'));
a.setAttribute('x', '1');
