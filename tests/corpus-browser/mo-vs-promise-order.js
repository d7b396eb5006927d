// The observer's callback is a microtask queued at the first mutation.
// @host browser
const el = document.createElement('div');
new MutationObserver(() => console.log('mutation observer')).observe(el, { attributes: true });
Promise.resolve().then(() => console.log('promise queued before the mutation'));
el.setAttribute('a', '1');
Promise.resolve().then(() => console.log('promise queued after the mutation'));
el.setAttribute('b', '2');
setTimeout(() => {
  el.setAttribute('c', '3');
  Promise.resolve().then(() => console.log('promise in timer'));
}, 0);
console.log('sync end');
