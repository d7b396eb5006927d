// The unhandledrejection event carries the promise and reason; rejections of other values.
// @host browser
let seen;
window.addEventListener('unhandledrejection', (e) => {
  console.log('event:', e.type, 'reason:', String(e.reason), 'promise matches', String(e.promise === seen));
});
seen = Promise.reject('text reason');
setTimeout(() => { seen = Promise.reject(); }, 100);
setTimeout(() => { seen = Promise.reject(new TypeError('typed')); }, 200);
setTimeout(() => console.log('end'), 300);
