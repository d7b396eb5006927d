// abort(reason) rejects the fetch with that very reason.
// @host browser
// @fetch /a 300ms 200 a
// @fetch /b 300ms 200 b
const c1 = new AbortController();
const c2 = new AbortController();
fetch('/a', { signal: c1.signal }).catch((err) => {
  console.log('/a rejected with', err.name + ':', err.message, '(same object:', String(err === c1.signal.reason) + ')');
});
fetch('/b', { signal: c2.signal }).catch((reason) => console.log('/b rejected with the string:', reason));
setTimeout(() => c1.abort(new Error('customer left')), 100);
setTimeout(() => c2.abort('out of flour'), 150);
