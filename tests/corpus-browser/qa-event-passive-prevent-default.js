// preventDefault is ignored in a passive listener.
// @host browser
const el = document.createElement('div');
document.body.appendChild(el);
el.addEventListener('wheelish', (e) => {
  e.preventDefault();
  console.log('passive listener, prevented', String(e.defaultPrevented));
}, { passive: true });
el.addEventListener('wheelish', (e) => {
  console.log('normal listener sees', String(e.defaultPrevented));
  e.preventDefault();
  console.log('after its own preventDefault', String(e.defaultPrevented));
});
const result = el.dispatchEvent(new Event('wheelish', { cancelable: true }));
console.log('dispatch returned', String(result));
