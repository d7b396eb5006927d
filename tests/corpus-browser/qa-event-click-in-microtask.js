// click() from a microtask: the listeners' microtasks are queued behind the ones already waiting.
// @host browser
const button = document.querySelector('#button');
button.addEventListener('click', () => {
  console.log('listener 1');
  Promise.resolve().then(() => console.log('microtask from listener 1'));
});
button.addEventListener('click', () => console.log('listener 2'));
Promise.resolve().then(() => {
  console.log('microtask A calls click()');
  button.click();
  console.log('click() returned');
});
Promise.resolve().then(() => console.log('microtask B'));
