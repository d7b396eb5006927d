// An async listener returns at its first await; the next listener runs before its continuation.
// @host browser
const button = document.querySelector('#button');
button.addEventListener('click', async () => {
  console.log('async listener start');
  await null;
  console.log('async listener after await');
});
button.addEventListener('click', () => console.log('sync listener'));
button.click();
console.log('click() returned');
