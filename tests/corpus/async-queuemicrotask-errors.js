// queueMicrotask requires a function
try {
  queueMicrotask('not a function');
} catch (e) {
  console.log(e.name, e.code);
}
queueMicrotask(() => console.log('ran'));
console.log(typeof queueMicrotask(() => {}));
