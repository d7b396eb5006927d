// Timers set by user-click listeners run after all listeners and their microtasks.
// @host browser
// @click #button 200ms
const button = document.querySelector('#button');
button.addEventListener('click', () => {
  console.log('listener 1');
  setTimeout(() => console.log('timeout from listener 1'), 0);
  Promise.resolve().then(() => console.log('microtask from listener 1'));
});
button.addEventListener('click', () => {
  console.log('listener 2');
  Promise.resolve().then(() => console.log('microtask from listener 2'));
});
