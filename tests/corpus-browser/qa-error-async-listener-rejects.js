// An async listener that throws produces an unhandled rejection, not an uncaught error.
// @host browser
const button = document.querySelector('#button');
button.addEventListener('click', async () => {
  console.log('async listener');
  throw new Error('async listener failed');
});
button.addEventListener('click', () => console.log('next listener'));
button.click();
setTimeout(() => console.log('later'), 100);
