// Two observers are called in creation order, in one microtask each.
// @host browser
const el = document.createElement('div');
const second = new MutationObserver(() => console.log('observer created second'));
const first = new MutationObserver(() => {
  console.log('observer created first');
  Promise.resolve().then(() => console.log('microtask from the first'));
});
void first;
// Observed in the opposite order: notification follows creation order.
second.observe(el, { attributes: true });
first.observe(el, { attributes: true });
el.setAttribute('k', 'v');
queueMicrotask(() => console.log('microtask queued after the mutation'));
