// The same two listeners, clicked from script at 100 ms and by the user at 300 ms.
// @host browser
// @click #button 300ms
const button = document.querySelector('#button');
let round = 'script';
button.addEventListener('click', () => {
  console.log(round, 'click: listener 1');
  queueMicrotask(() => console.log(round, 'click: microtask 1'));
});
button.addEventListener('click', () => {
  console.log(round, 'click: listener 2');
  queueMicrotask(() => console.log(round, 'click: microtask 2'));
});
setTimeout(() => {
  button.click();
  console.log('click() returned');
  setTimeout(() => { round = 'user'; }, 0);
}, 100);
