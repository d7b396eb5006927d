// a timer created inside a timer callback is scheduled relative to that moment
setTimeout(() => {
  setTimeout(() => {
    console.log('outer 10');
    setTimeout(() => console.log('inner 0 (created at ~10)'), 0);
    setTimeout(() => console.log('inner 150 (due at ~160)'), 150);
  }, 10);
  setTimeout(() => console.log('outer 100'), 100);
  setTimeout(() => console.log('outer 300'), 300);
}, 0);
