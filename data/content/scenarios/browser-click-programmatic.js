// @title button.click() is not a task
// @host browser
// @note A user's click is a task; calling click() from a script runs
// @note the listeners at once, on the current stack.
// @click #button 200ms

const button = document.querySelector('#button');

button.addEventListener('click', () => {
  console.log('listener 1');
  Promise.resolve().then(() => console.log('  microtask 1'));
});
button.addEventListener('click', () => {
  console.log('listener 2');
  Promise.resolve().then(() => console.log('  microtask 2'));
});

console.log('script calls click()');
button.click();
console.log('click() returned');
setTimeout(() => console.log('-- now the user clicks'), 100);
