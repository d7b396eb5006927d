// The same listeners under element.click(): one callback after both listeners.
// @host browser
const button = document.querySelector('#button');
new MutationObserver((records) => console.log('observer:', records.length, 'records, state', button.getAttribute('data-state')))
  .observe(button, { attributes: true });
button.addEventListener('click', () => {
  console.log('listener 1 sets pressed');
  button.setAttribute('data-state', 'pressed');
});
button.addEventListener('click', () => {
  console.log('listener 2 sets done');
  button.setAttribute('data-state', 'done');
});
button.click();
console.log('click() returned');
