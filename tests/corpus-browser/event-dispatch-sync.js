// dispatchEvent runs listeners synchronously; their microtasks wait for the caller.
// @host browser
const target = new EventTarget();
target.addEventListener('bake', (event) => {
  console.log('listener sees', event.type);
  Promise.resolve().then(() => console.log('microtask from listener'));
});
Promise.resolve().then(() => console.log('microtask queued before dispatch'));
console.log('before dispatchEvent');
target.dispatchEvent(new Event('bake'));
console.log('after dispatchEvent');
