// A user click on a button the script created; the handler mutates the DOM.
// @host browser
// @click #order 200ms
const order = document.createElement('button');
order.id = 'order';
order.textContent = 'Order';
document.body.appendChild(order);
order.addEventListener('click', () => {
  order.textContent = 'Ordered';
  console.log('clicked, label is now', order.textContent);
  Promise.resolve().then(() => console.log('microtask sees', document.querySelector('#order').textContent));
});
