// A user click: the stack is empty between listeners, so microtasks run in between.
// @host browser
// @click #button 200ms
const button = document.querySelector('#button');
button.addEventListener('click', () => {
  console.log('listener 1');
  Promise.resolve().then(() => console.log('microtask 1'));
});
button.addEventListener('click', () => {
  console.log('listener 2');
  Promise.resolve().then(() => console.log('microtask 2'));
});
console.log('waiting for a click');
