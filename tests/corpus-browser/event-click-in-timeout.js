// element.click() from a timer: still synchronous, listeners before microtasks.
// @host browser
const button = document.querySelector('#button');
button.addEventListener('click', () => {
  console.log('listener A');
  Promise.resolve().then(() => console.log('microtask A'));
});
button.addEventListener('click', () => {
  console.log('listener B');
  Promise.resolve().then(() => console.log('microtask B'));
});
setTimeout(() => {
  console.log('timer calls click()');
  button.click();
  console.log('timer ends');
}, 50);
