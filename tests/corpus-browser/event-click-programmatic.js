// element.click() dispatches synchronously: microtasks wait until all listeners ran.
// @host browser
const button = document.querySelector('#button');
button.addEventListener('click', () => {
  console.log('listener 1');
  Promise.resolve().then(() => console.log('microtask 1'));
});
button.addEventListener('click', () => {
  console.log('listener 2');
  Promise.resolve().then(() => console.log('microtask 2'));
});
console.log('before click()');
button.click();
console.log('after click()');
