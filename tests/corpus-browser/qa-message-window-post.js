// window.postMessage fires `message` at the window, from the window itself.
// @host browser
window.onmessage = (e) => {
  console.log('onmessage', e.data.kind, String(e.source === window), e.origin.slice(0, 17));
  console.log(e.constructor.name, e.ports.length, String(e.isTrusted), JSON.stringify(e.lastEventId));
};
window.addEventListener('message', (e) => console.log('listener', e.data.kind, String(e.target === window)));
window.postMessage({ kind: 'first' }, '*');
window.postMessage({ kind: 'second' }, '*');
Promise.resolve().then(() => console.log('microtask first'));
console.log('sync done');
