// Observer callbacks are microtasks: they run before timers and frames.
// @host browser
const el = document.createElement('div');
new MutationObserver(() => console.log('observer')).observe(el, { attributes: true });
setTimeout(() => {
  console.log('timer sets attribute');
  el.setAttribute('x', '2');
  console.log('timer done');
}, 0);
requestAnimationFrame(() => {});
el.setAttribute('x', '1');
console.log('script end');
