// Removing a later listener during dispatch stops it; adding one does not run it this time.
// @host browser
const target = new EventTarget();
function b() { console.log('b (never)'); }
function c() { console.log('c, added during dispatch'); }
target.addEventListener('go', () => {
  console.log('a removes b, adds c');
  target.removeEventListener('go', b);
  target.addEventListener('go', c);
});
target.addEventListener('go', b);
target.addEventListener('go', () => console.log('d'));
target.dispatchEvent(new Event('go'));
console.log('second dispatch');
target.dispatchEvent(new Event('go'));
