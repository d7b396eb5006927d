// dispatchEvent inside a listener runs the inner event to completion first.
// @host browser
const t = new EventTarget();
t.addEventListener('outer', () => {
  console.log('outer 1 start');
  t.dispatchEvent(new Event('inner'));
  console.log('outer 1 end');
});
t.addEventListener('outer', () => console.log('outer 2'));
t.addEventListener('inner', () => {
  console.log('inner');
  queueMicrotask(() => console.log('microtask from inner'));
});
t.dispatchEvent(new Event('outer'));
console.log('sync end');
