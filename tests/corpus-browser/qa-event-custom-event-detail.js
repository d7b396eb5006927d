// CustomEvent carries detail; dispatchEvent returns false when a listener cancels it.
// @host browser
const el = document.createElement('div');
document.body.appendChild(el);
el.addEventListener('order', (e) => {
  console.log('order for', e.detail.item, 'qty', e.detail.qty);
  console.log('bubbles', String(e.bubbles), 'cancelable', String(e.cancelable));
  if (e.detail.qty > 10) e.preventDefault();
});
document.body.addEventListener('order', () => console.log('body saw it'));
let ok = el.dispatchEvent(new CustomEvent('order', { detail: { item: 'bread', qty: 2 } }));
console.log('small order result', String(ok));
ok = el.dispatchEvent(new CustomEvent('order', { detail: { item: 'cake', qty: 50 }, cancelable: true, bubbles: true }));
console.log('big order result', String(ok));
const plain = new CustomEvent('x');
console.log('default detail', String(plain.detail));
