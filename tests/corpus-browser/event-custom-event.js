// CustomEvent carries detail; dispatchEvent returns false when a cancelable event is cancelled.
// @host browser
const target = document.createElement('div');
target.addEventListener('order', (event) => {
  console.log('detail:', event.detail.item, event.detail.count);
  console.log('type:', event.type, 'cancelable:', String(event.cancelable));
  if (event.detail.count > 2) event.preventDefault();
});
const small = target.dispatchEvent(new CustomEvent('order', { detail: { item: 'bun', count: 1 }, cancelable: true }));
console.log('small order not cancelled:', String(small));
const big = target.dispatchEvent(new CustomEvent('order', { detail: { item: 'cake', count: 3 }, cancelable: true }));
console.log('big order not cancelled:', String(big));
const plain = target.dispatchEvent(new CustomEvent('order', { detail: { item: 'pie', count: 5 } }));
console.log('not cancelable, so not cancelled:', String(plain));
