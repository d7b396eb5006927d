// With click(), a throwing listener is reported at once, and click() still returns normally.
// @host browser
const button = document.querySelector('#button');
button.addEventListener('click', () => {
  Promise.resolve().then(() => console.log('microtask of listener 1'));
  throw new TypeError('bad listener');
});
button.addEventListener('click', () => console.log('listener 2 runs'));
button.click();
console.log('after click()');
