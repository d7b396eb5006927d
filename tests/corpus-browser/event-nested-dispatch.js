// A listener can dispatch another event: the inner dispatch completes first.
// @host browser
const target = new EventTarget();
target.addEventListener('outer', () => {
  console.log('outer listener starts');
  target.dispatchEvent(new Event('inner'));
  console.log('outer listener ends');
});
target.addEventListener('outer', () => console.log('second outer listener'));
target.addEventListener('inner', () => {
  console.log('inner listener');
  queueMicrotask(() => console.log('microtask from inner'));
});
target.dispatchEvent(new Event('outer'));
console.log('script ends');
